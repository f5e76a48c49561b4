package io.algogate.gateway.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * The primary key of a row a plugin owns ({@link PluginStateEntry}, {@link PluginSecret}): the plugin's
 * id and the name the plugin chose. Every query starts from the plugin id, so one plugin can never
 * reach another's rows.
 */
public class PluginScopedId implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Plugin ids are at most 32 characters (BrokerPluginDiscovery refuses longer ones). */
    public static final int MAX_PLUGIN_ID_LENGTH = 32;

    /** The width of the name columns; longer names are refused before they reach the database. */
    public static final int MAX_NAME_LENGTH = 255;

    private String pluginId;
    private String name;

    protected PluginScopedId() {
    }

    public PluginScopedId(String pluginId, String name) {
        this.pluginId = pluginId;
        this.name = name;
    }

    /**
     * The name unchanged if a column can hold it; otherwise a clear error that quotes only the length,
     * since plugins may be careless enough to put a token in a name.
     */
    public static String checkName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be null or empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(what + " has " + name.length() + " characters; at most "
                    + MAX_NAME_LENGTH + " are allowed");
        }
        return name;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PluginScopedId id && Objects.equals(pluginId, id.pluginId)
                && Objects.equals(name, id.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pluginId, name);
    }

    @Override
    public String toString() {
        return pluginId + "/" + name;
    }
}
