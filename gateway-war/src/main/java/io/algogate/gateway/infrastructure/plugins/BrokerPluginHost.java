package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerLogin;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.gateway.infrastructure.config.GatewaySettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import io.algogate.gateway.domain.GatewaySetting;
import io.algogate.gateway.domain.GatewaySettingRepository;
import io.algogate.gateway.domain.PluginSecretRepository;
import io.algogate.gateway.domain.PluginStateRepository;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Hosts the broker plugins: discovers them once at start-up (those built into the WAR, then those in
 * {@code algogate.plugins.dir}), logs each, and activates the configured one ({@code algogate.broker},
 * default {@code sandbox}) or the one the admin chose last ({@link #activate}, kept in the database).
 * Calls into an external plugin run with its class loader as the thread's
 * context class loader; its loader is closed when the gateway stops.
 */
@ApplicationScoped
public class BrokerPluginHost {

    private static final Logger LOG = Logger.getLogger(BrokerPluginHost.class.getName());

    @Inject
    GatewaySettings settings;

    @Inject
    Clock clock;

    @Inject
    GatewaySettingRepository choices;

    @Inject
    PluginStateRepository pluginState;

    @Inject
    PluginSecretRepository pluginSecrets;

    @Inject
    GatewayCrypto crypto;

    @Inject
    BrokerSessionSource brokerSessions;

    @Inject
    InstrumentSinkFactory instrumentSinks;

    @Inject
    Event<ActiveBrokerChanged> brokerChanged;

    @Inject
    SecurityEventLog securityEvents;

    /** How long a plugin waits for a broker's TCP and TLS handshake before giving up. */
    static final Duration PLUGIN_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    static final String ACTIVE_BROKER_CHOICE = "active-broker";

    /** The built-in paper-trading plugin, which analyze mode routes orders to (D9). */
    public static final String SANDBOX_ID = "sandbox";

    /** One per plugin id, kept across adapters, so its lock orders every transaction of that plugin. */
    private final Map<String, HostDurableStore> durableStores = new ConcurrentHashMap<>();
    private volatile List<LoadedPlugin> loadedPlugins = List.of();
    private volatile LoadedPlugin activePlugin;
    private volatile BrokerAdapter activeAdapter;
    /**
     * The sandbox adapter analyze mode uses while a live broker is active, created on first use with
     * its own context. Never two sandbox adapters over one store: when the sandbox is the active
     * broker, analyze mode uses the active adapter, and activating the sandbox takes this one over.
     */
    private volatile BrokerAdapter analyzerAdapter;
    /** Built in {@link #start()}, not at construction, which CDI's proxies may also run. */
    volatile HttpClient pluginHttpClient;

    @PostConstruct
    void start() {
        pluginHttpClient = newPluginHttpClient();
        ClassLoader warLoader = BrokerPluginHost.class.getClassLoader();
        ExternalPluginLoader externalLoader = new ExternalPluginLoader(settings.pluginsDirectory(),
                BrokerPlugin.class.getClassLoader());
        List<LoadedPlugin> external = externalLoader.load();
        List<String> refusals = new ArrayList<>(externalLoader.refusals());
        try {
            List<LoadedPlugin> found = BrokerPluginDiscovery.discover(warLoader, external, refusals::add);
            recordRefusals(refusals);
            found.forEach(loaded -> LOG.info(() -> "Broker plugin found: id=" + loaded.id() + " version="
                    + loaded.plugin().version() + " name='" + loaded.plugin().displayName() + "' spi="
                    + loaded.plugin().spiVersion() + " class=" + loaded.plugin().getClass().getName()
                    + " source=" + loaded.source()));
            activePlugin = chooseActive(found, wantedBroker(found)).withStatus(LoadedPlugin.Status.ACTIVE);
            loadedPlugins = found.stream().map(p -> p.id().equals(activePlugin.id()) ? activePlugin : p).toList();
            activeAdapter = createAdapter(activePlugin);
        } catch (RuntimeException e) {
            // The container will not call @PreDestroy for a bean that failed to start.
            external.forEach(loaded -> ExternalPluginLoader.closeQuietly(loaded.classLoader()));
            throw e;
        }
        LOG.info(() -> "Active broker: " + activePlugin.id() + " from " + activePlugin.source());
    }

    /** Each refused plugin is a security event: a plugin someone meant to run did not load. */
    private void recordRefusals(List<String> refusals) {
        if (securityEvents != null) { // null only in tests that build the host without CDI
            refusals.forEach(refusal -> securityEvents.record(SecurityEvent.Type.PLUGIN_LOAD_FAILED, null, null,
                    refusal));
        }
    }

    /** The admin's last choice if that plugin is still installed, else the configured one. */
    private String wantedBroker(List<LoadedPlugin> found) {
        Optional<String> chosen = choices.value(ACTIVE_BROKER_CHOICE);
        if (chosen.isPresent() && found.stream().noneMatch(p -> p.id().equals(chosen.get()))) {
            LOG.warning(() -> "The broker chosen last, '" + chosen.get() + "', is no longer installed; using '"
                    + settings.activeBroker() + "' (" + GatewaySettings.ACTIVE_BROKER + ")");
            return settings.activeBroker();
        }
        return chosen.orElse(settings.activeBroker());
    }

    /**
     * Makes another installed plugin the active broker, at once and for later starts: its adapter is
     * created first, so a plugin that fails to start leaves the current broker in place.
     */
    public synchronized void activate(String id) {
        LoadedPlugin chosen = requireInstalled(id);
        if (chosen.id().equals(activePlugin.id())) {
            return;
        }
        BrokerAdapter replacement;
        if (SANDBOX_ID.equals(id) && analyzerAdapter != null) {
            replacement = analyzerAdapter;
            analyzerAdapter = null;
        } else {
            replacement = createAdapter(chosen);
        }
        BrokerAdapter previous = activeAdapter;
        activePlugin = chosen.withStatus(LoadedPlugin.Status.ACTIVE);
        loadedPlugins = loadedPlugins.stream().map(p -> p.id().equals(id) ? activePlugin
                : p.withStatus(LoadedPlugin.Status.AVAILABLE)).toList();
        activeAdapter = replacement;
        previous.close();
        choices.put(new GatewaySetting(ACTIVE_BROKER_CHOICE, id, clock.instant()));
        LOG.info(() -> "Active broker is now " + id + " from " + chosen.source());
        if (brokerChanged != null) { // null only in tests that build the host without CDI
            brokerChanged.fire(new ActiveBrokerChanged(id));
        }
    }

    /**
     * The installed plugin with the id.
     *
     * @throws IllegalArgumentException when there is none
     */
    public LoadedPlugin requireInstalled(String id) {
        return loadedPlugins.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No broker plugin has the id '" + id + "'"));
    }

    private static LoadedPlugin chooseActive(List<LoadedPlugin> found, String wanted) {
        return found.stream().filter(p -> p.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The configured broker '" + wanted
                        + "' (" + GatewaySettings.ACTIVE_BROKER + ") is not among the plugins found: "
                        + found.stream().map(LoadedPlugin::id).collect(Collectors.joining(", "))));
    }

    BrokerAdapter createAdapter(LoadedPlugin loaded) {
        BrokerPlugin plugin = loaded.plugin();
        HostBrokerContext context = new HostBrokerContext(clock,
                settings.withPrefix("algogate.broker." + plugin.id() + "."),
                System.getLogger("io.algogate.broker." + plugin.id()),
                pluginHttpClient,
                new HostSecretStore(plugin.id(), pluginSecrets, crypto.cipher(), clock),
                durableStores.computeIfAbsent(plugin.id(), id -> new HostDurableStore(id, pluginState, clock)),
                () -> brokerSessions.liveSession(plugin.id()),
                () -> instrumentSinks.newSink(plugin.id()));
        if (loaded.isBuiltIn()) {
            // Built into the WAR: the context class loader is already the WAR's.
            return plugin.create(context);
        }
        BrokerAdapter adapter = ContextClassLoaderAdapter.withContextLoader(loaded.classLoader(),
                () -> plugin.create(context));
        return ContextClassLoaderAdapter.wrap(adapter, loaded.classLoader());
    }

    /**
     * One client for every plugin, built once: its connection pool and selector thread are shared, and
     * every plugin gets the same connect timeout. Redirects are followed except from HTTPS to HTTP, so a
     * redirect never downgrades a request carrying a broker token; a read timeout is per request
     * ({@code HttpRequest.Builder.timeout}), which the JDK offers only there.
     */
    static HttpClient newPluginHttpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(PLUGIN_CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @PreDestroy
    void stop() {
        try {
            if (activeAdapter != null) {
                activeAdapter.close();
            }
            if (analyzerAdapter != null) {
                analyzerAdapter.close();
            }
        } finally {
            // Each loader once, though a jar holding several plugins appears several times.
            loadedPlugins.stream().map(LoadedPlugin::classLoader).distinct()
                    .forEach(ExternalPluginLoader::closeQuietly);
        }
    }

    /** The plugins accepted, in discovery order, each with its source and status; for the dashboard. */
    public List<LoadedPlugin> loadedPlugins() {
        return loadedPlugins;
    }

    public List<BrokerPlugin> plugins() {
        return loadedPlugins.stream().map(LoadedPlugin::plugin).toList();
    }

    public BrokerPlugin activePlugin() {
        return activePlugin == null ? null : activePlugin.plugin();
    }

    public BrokerAdapter activeAdapter() {
        return activeAdapter;
    }

    /**
     * The broker analyze mode sends orders to: the built-in sandbox, while the live broker stays
     * connected as the active one.
     *
     * @throws BrokerException NOT_SUPPORTED when the sandbox plugin is not installed
     */
    public BrokerAdapter analyzerAdapter() throws BrokerException {
        if (activePlugin.id().equals(SANDBOX_ID)) {
            return activeAdapter;
        }
        BrokerAdapter sandbox = analyzerAdapter;
        if (sandbox != null) {
            return sandbox;
        }
        synchronized (this) {
            if (activePlugin.id().equals(SANDBOX_ID)) {
                return activeAdapter;
            }
            if (analyzerAdapter == null) {
                LoadedPlugin plugin = loadedPlugins.stream().filter(p -> p.id().equals(SANDBOX_ID) && p.isBuiltIn())
                        .findFirst().orElseThrow(() -> new BrokerException(BrokerException.Reason.NOT_SUPPORTED,
                                "Analyzer mode needs the built-in sandbox broker, which is not installed"));
                analyzerAdapter = createAdapter(plugin);
                LOG.info("Analyzer mode: sandbox adapter started beside the active broker " + activePlugin.id());
            }
            return analyzerAdapter;
        }
    }

    /** The active broker's login, or empty for a broker that needs none (the sandbox). */
    public Optional<BrokerLogin> activeLogin() {
        try {
            return Optional.of(activeAdapter.capability(BrokerLogin.class));
        } catch (BrokerException notSupported) {
            return Optional.empty();
        }
    }
}
