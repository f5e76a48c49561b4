package io.algogate.broker.spi;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Provided by the host: a transactional key-value store for the plugin's own state (the sandbox's
 * book, cached mappings), private to the plugin. Plugins get this instead of the gateway's database
 * so the host can change its schema freely (D9).
 */
public interface DurableStore {

    /** The value stored under the key, if any. */
    Optional<byte[]> get(String key);

    /** Stores or replaces a value. */
    void put(String key, byte[] value);

    /** Deletes a key; nothing happens if it is absent. */
    void delete(String key);

    /** The keys starting with the prefix (all keys for an empty prefix), sorted. */
    Set<String> keys(String prefix);

    /**
     * Runs the work so that its reads and writes commit together or, if it throws, not at all.
     * Calls outside a transaction commit one by one.
     */
    <T> T inTransaction(Supplier<T> work);
}
