package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.gateway.infrastructure.config.GatewaySettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Hosts the broker plugins: discovers them once at start-up (those built into the WAR, then those in
 * {@code algogate.plugins.dir}), logs each, and activates the configured one ({@code algogate.broker},
 * default {@code sandbox}). Calls into an external plugin run with its class loader as the thread's
 * context class loader; its loader is closed when the gateway stops.
 */
@ApplicationScoped
public class BrokerPluginHost {

    private static final Logger LOG = Logger.getLogger(BrokerPluginHost.class.getName());

    @Inject
    GatewaySettings settings;

    @Inject
    Clock clock;

    private List<LoadedPlugin> loadedPlugins = List.of();
    private LoadedPlugin activePlugin;
    private BrokerAdapter activeAdapter;

    @PostConstruct
    void start() {
        ClassLoader warLoader = BrokerPluginHost.class.getClassLoader();
        List<LoadedPlugin> external = new ExternalPluginLoader(settings.pluginsDirectory(),
                BrokerPlugin.class.getClassLoader()).load();
        try {
            List<LoadedPlugin> found = BrokerPluginDiscovery.discover(warLoader, external);
            found.forEach(loaded -> LOG.info(() -> "Broker plugin found: id=" + loaded.id() + " version="
                    + loaded.plugin().version() + " name='" + loaded.plugin().displayName() + "' spi="
                    + loaded.plugin().spiVersion() + " class=" + loaded.plugin().getClass().getName()
                    + " source=" + loaded.source()));
            activePlugin = chooseActive(found, settings.activeBroker()).withStatus(LoadedPlugin.Status.ACTIVE);
            loadedPlugins = found.stream().map(p -> p.id().equals(activePlugin.id()) ? activePlugin : p).toList();
            activeAdapter = createAdapter(activePlugin);
        } catch (RuntimeException e) {
            // The container will not call @PreDestroy for a bean that failed to start.
            external.forEach(loaded -> ExternalPluginLoader.closeQuietly(loaded.classLoader()));
            throw e;
        }
        LOG.info(() -> "Active broker: " + activePlugin.id() + " from " + activePlugin.source());
    }

    private static LoadedPlugin chooseActive(List<LoadedPlugin> found, String wanted) {
        return found.stream().filter(p -> p.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The configured broker '" + wanted
                        + "' (" + GatewaySettings.ACTIVE_BROKER + ") is not among the plugins found: "
                        + found.stream().map(LoadedPlugin::id).collect(Collectors.joining(", "))));
    }

    private BrokerAdapter createAdapter(LoadedPlugin loaded) {
        BrokerPlugin plugin = loaded.plugin();
        HostBrokerContext context = new HostBrokerContext(clock,
                settings.withPrefix("algogate.broker." + plugin.id() + "."),
                System.getLogger("io.algogate.broker." + plugin.id()));
        if (loaded.isBuiltIn()) {
            // Built into the WAR: the context class loader is already the WAR's.
            return plugin.create(context);
        }
        BrokerAdapter adapter = ContextClassLoaderAdapter.withContextLoader(loaded.classLoader(),
                () -> plugin.create(context));
        return ContextClassLoaderAdapter.wrap(adapter, loaded.classLoader());
    }

    @PreDestroy
    void stop() {
        try {
            if (activeAdapter != null) {
                activeAdapter.close();
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
}
