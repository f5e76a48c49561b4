package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerPlugin;
import java.util.Objects;

/**
 * A plugin the gateway accepted, with where it came from, for the log and the dashboard.
 *
 * @param plugin the plugin itself
 * @param source where it was found: the jar or plugin directory, or {@link #BUILT_IN} for the WAR's
 * @param classLoader its own loader, or {@code null} for a plugin built into the WAR
 * @param status whether it is the active broker
 */
public record LoadedPlugin(BrokerPlugin plugin, String source, PluginClassLoader classLoader, Status status) {

    /** The source of plugins shipped inside the WAR. */
    public static final String BUILT_IN = "WEB-INF/lib";

    /** What the gateway does with a plugin it accepted. */
    public enum Status {
        /** Found and usable, but not the configured broker. */
        AVAILABLE,
        /** The broker the gateway talks to. */
        ACTIVE
    }

    public LoadedPlugin {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }

    static LoadedPlugin builtIn(BrokerPlugin plugin) {
        return new LoadedPlugin(plugin, BUILT_IN, null, Status.AVAILABLE);
    }

    public String id() {
        return plugin.id();
    }

    public boolean isBuiltIn() {
        return classLoader == null;
    }

    LoadedPlugin withStatus(Status newStatus) {
        return new LoadedPlugin(plugin, source, classLoader, newStatus);
    }

    /** How the log names it: id, class and source, so two plugins with one id can be told apart. */
    String describe() {
        return "'" + plugin.id() + "' (" + plugin.getClass().getName() + " from " + source + ")";
    }
}
