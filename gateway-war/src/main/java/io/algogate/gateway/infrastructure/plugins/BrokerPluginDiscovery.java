package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.BrokerSpi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Finds broker plugins with {@link ServiceLoader}, always through an explicit class loader, once, into
 * an immutable list. A plugin that is malformed, built for a newer SPI, or that repeats another's id
 * is a start-up error naming the cause; so is finding none at all.
 */
public final class BrokerPluginDiscovery {

    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private BrokerPluginDiscovery() {
    }

    public static List<BrokerPlugin> discover(ClassLoader classLoader) {
        List<BrokerPlugin> plugins = new ArrayList<>();
        Map<String, BrokerPlugin> byId = new HashMap<>();
        try {
            for (BrokerPlugin plugin : ServiceLoader.load(BrokerPlugin.class, classLoader)) {
                validate(plugin);
                BrokerPlugin earlier = byId.putIfAbsent(plugin.id(), plugin);
                if (earlier != null) {
                    throw new IllegalStateException("Two broker plugins use the id '" + plugin.id() + "': "
                            + earlier.getClass().getName() + " and " + plugin.getClass().getName());
                }
                plugins.add(plugin);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("A broker plugin could not be loaded: " + e.getMessage(), e);
        }
        if (plugins.isEmpty()) {
            throw new IllegalStateException("No broker plugin was found: the gateway needs at least one "
                    + "(the sandbox ships with it). Is broker-sandbox missing from WEB-INF/lib?");
        }
        return List.copyOf(plugins);
    }

    private static void validate(BrokerPlugin plugin) {
        String name = plugin.getClass().getName();
        if (plugin.id() == null || !PLUGIN_ID.matcher(plugin.id()).matches()) {
            throw new IllegalStateException("Broker plugin " + name + " has an invalid id '" + plugin.id()
                    + "': use 2-32 lower-case letters, digits and dashes");
        }
        if (plugin.spiVersion() > BrokerSpi.VERSION || plugin.spiVersion() < 1) {
            throw new IllegalStateException("Broker plugin " + name + " was built for SPI version "
                    + plugin.spiVersion() + ", but this gateway offers version " + BrokerSpi.VERSION);
        }
    }
}
