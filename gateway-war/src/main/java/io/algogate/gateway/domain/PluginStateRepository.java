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

    /**
     * One key's net change in a batch: {@code value} empty deletes it; {@code stored} says whether the
     * key has a row (the caller knows), so a new key is inserted without a look-up.
     */
    record Write(String key, Optional<byte[]> value, boolean stored) {

        /** What a write does to the table. */
        public enum Change { INSERT, UPDATE, DELETE, NONE }

        /** A key written and deleted before it ever had a row changes nothing. */
        public Change change() {
            if (value.isPresent()) {
                return stored ? Change.UPDATE : Change.INSERT;
            }
            return stored ? Change.DELETE : Change.NONE;
        }
    }

    /**
     * Applies many keys' net changes in the current transaction. An implementation may batch them;
     * this default makes one call per write.
     */
    default void writeAll(String pluginId, List<Write> writes, Instant now) {
        for (Write write : writes) {
            switch (write.change()) {
                case INSERT -> insert(pluginId, write.key(), write.value().orElseThrow(), now);
                case UPDATE -> put(pluginId, write.key(), write.value().orElseThrow(), now);
                case DELETE -> delete(pluginId, write.key());
                case NONE -> { }
            }
        }
    }

    /** The plugin's keys starting with the prefix, in no particular order. */
    List<String> keys(String pluginId, String prefix);

    /**
     * Runs the work in one transaction, which the calls it makes (on this repository and on
     * {@link PluginSecretRepository}) join; if it throws, none of their writes is kept.
     */
    <T> T inTransaction(Supplier<T> work);
}
