package io.algogate.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The plugins' durable state ({@link PluginStateEntry}); every method is scoped to one plugin id. */
public interface PluginStateRepository {

    Optional<byte[]> value(String pluginId, String key);

    /** Inserts or replaces the value. */
    void put(String pluginId, String key, byte[] value, Instant now);

    /**
     * Inserts a value under a key the caller knows is absent, sparing the look-up {@link #put} makes;
     * a key that exists after all makes the transaction fail.
     */
    default void insert(String pluginId, String key, byte[] value, Instant now) {
        put(pluginId, key, value, now);
    }

    /** Nothing happens if the key is absent. */
    void delete(String pluginId, String key);

    /** The plugin's keys starting with the prefix, in no particular order. */
    List<String> keys(String pluginId, String prefix);

    /**
     * Runs the work in one transaction, which the calls it makes (on this repository and on
     * {@link PluginSecretRepository}) join; if it throws, none of their writes is kept.
     */
    <T> T inTransaction(Supplier<T> work);
}
