package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.BrokerSpi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Finds broker plugins with {@link ServiceLoader}, always through an explicit class loader, once, into
 * an immutable list: those built into the WAR and those the {@link ExternalPluginLoader} found. A
 * plugin that is malformed, built for a newer SPI, or that repeats an id already taken is refused with
 * one log line naming it and the cause, and the gateway starts with the rest; only finding no usable
 * plugin at all stops the start.
 */
public final class BrokerPluginDiscovery {

    private static final Logger LOG = Logger.getLogger(BrokerPluginDiscovery.class.getName());

    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private BrokerPluginDiscovery() {
    }

    /** The plugins built into the given loader (the WAR's), without external ones. */
    public static List<LoadedPlugin> discover(ClassLoader builtInLoader) {
        return discover(builtInLoader, List.of());
    }

    /**
     * The built-in plugins, then the external ones, each id kept by the first plugin that claims it.
     *
     * @throws IllegalStateException when not one plugin is usable
     */
    public static List<LoadedPlugin> discover(ClassLoader builtInLoader, List<LoadedPlugin> external) {
        return discover(builtInLoader, external, refusal -> { });
    }

    /**
     * As {@link #discover(ClassLoader, List)}, telling {@code refused} of each plugin refused here
     * ("source: why"), for the audit trail.
     */
    public static List<LoadedPlugin> discover(ClassLoader builtInLoader, List<LoadedPlugin> external,
            Consumer<String> refused) {
        List<LoadedPlugin> candidates = new ArrayList<>(discoverBuiltIn(builtInLoader, refused));
        candidates.addAll(external);
        List<LoadedPlugin> accepted = withoutDuplicateIds(candidates, refused);
        closeLoadersLeftWithoutPlugin(external, accepted);
        if (accepted.isEmpty()) {
            throw new IllegalStateException("No usable broker plugin was found: the gateway needs at least "
                    + "one (the sandbox ships with it). Is broker-sandbox missing from WEB-INF/lib? "
                    + "Refused plugins are logged above.");
        }
        return List.copyOf(accepted);
    }

    private static List<LoadedPlugin> discoverBuiltIn(ClassLoader builtInLoader, Consumer<String> refused) {
        List<LoadedPlugin> plugins = new ArrayList<>();
        Iterator<BrokerPlugin> providers = ServiceLoader.load(BrokerPlugin.class, builtInLoader).iterator();
        while (true) {
            try {
                // The iterator moves past a provider that fails, so one broken entry costs only itself.
                if (!providers.hasNext()) {
                    break;
                }
                BrokerPlugin plugin = providers.next();
                checkIdentity(plugin);
                plugins.add(LoadedPlugin.builtIn(plugin));
            } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
                LOG.warning("Broker plugin refused: " + LoadedPlugin.BUILT_IN + ": "
                        + ExternalPluginLoader.describe(e));
                refused.accept(LoadedPlugin.BUILT_IN + ": " + ExternalPluginLoader.describe(e));
            }
        }
        return plugins;
    }

    private static List<LoadedPlugin> withoutDuplicateIds(List<LoadedPlugin> candidates, Consumer<String> refused) {
        Map<String, LoadedPlugin> byId = new HashMap<>();
        List<LoadedPlugin> accepted = new ArrayList<>();
        for (LoadedPlugin candidate : candidates) {
            LoadedPlugin earlier = byId.putIfAbsent(candidate.id(), candidate);
            if (earlier == null) {
                accepted.add(candidate);
            } else {
                LOG.warning("Broker plugin refused: " + candidate.source() + ": the id " + candidate.describe()
                        + " is already taken by " + earlier.describe());
                refused.accept(Path.of(candidate.source()).getFileName() + ": the id " + candidate.id()
                        + " is already taken");
            }
        }
        return accepted;
    }

    /** A jar may hold several plugins; its loader goes only when none of them was kept. */
    private static void closeLoadersLeftWithoutPlugin(List<LoadedPlugin> external, List<LoadedPlugin> accepted) {
        for (LoadedPlugin refused : external) {
            boolean loaderStillUsed = accepted.stream().anyMatch(p -> p.classLoader() == refused.classLoader());
            if (!loaderStillUsed) {
                ExternalPluginLoader.closeQuietly(refused.classLoader());
            }
        }
    }

    /** Refuses, with the cause, a plugin whose id is malformed or that needs a newer SPI than ours. */
    static void checkIdentity(BrokerPlugin plugin) {
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
