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
 * Hosts the broker plugins: discovers them once at start-up, logs each, and activates the configured
 * one ({@code algogate.broker}, default {@code sandbox}).
 */
@ApplicationScoped
public class BrokerPluginHost {

    private static final Logger LOG = Logger.getLogger(BrokerPluginHost.class.getName());

    @Inject
    GatewaySettings settings;

    @Inject
    Clock clock;

    private List<BrokerPlugin> plugins;
    private BrokerPlugin activePlugin;
    private BrokerAdapter activeAdapter;

    @PostConstruct
    void start() {
        plugins = BrokerPluginDiscovery.discover(BrokerPluginHost.class.getClassLoader());
        for (BrokerPlugin plugin : plugins) {
            LOG.info(() -> "Broker plugin found: id=" + plugin.id() + " version=" + plugin.version()
                    + " name='" + plugin.displayName() + "' spi=" + plugin.spiVersion()
                    + " class=" + plugin.getClass().getName());
        }
        String wanted = settings.activeBroker();
        activePlugin = plugins.stream().filter(p -> p.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The configured broker '" + wanted
                        + "' (" + GatewaySettings.ACTIVE_BROKER + ") is not among the plugins found: "
                        + plugins.stream().map(BrokerPlugin::id).collect(Collectors.joining(", "))));
        activeAdapter = activePlugin.create(new HostBrokerContext(clock,
                settings.withPrefix("algogate.broker." + activePlugin.id() + "."),
                System.getLogger("io.algogate.broker." + activePlugin.id())));
        LOG.info(() -> "Active broker: " + activePlugin.id());
    }

    @PreDestroy
    void stop() {
        if (activeAdapter != null) {
            activeAdapter.close();
        }
    }

    public List<BrokerPlugin> plugins() {
        return plugins;
    }

    public BrokerPlugin activePlugin() {
        return activePlugin;
    }

    public BrokerAdapter activeAdapter() {
        return activeAdapter;
    }
}
