package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.DurableStore;
import io.algogate.gateway.domain.PluginScopedId;
import io.algogate.gateway.domain.PluginStateEntry;
import io.algogate.gateway.domain.PluginStateRepository;
import java.time.Clock;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A plugin's {@link DurableStore} (D9), bound to its id: every call passes that id to the repository,
 * so a plugin can neither read nor list another plugin's keys.
 */
final class HostDurableStore implements DurableStore {

    private final String pluginId;
    private final PluginStateRepository entries;
    private final Clock clock;

    HostDurableStore(String pluginId, PluginStateRepository entries, Clock clock) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<byte[]> get(String key) {
        return entries.value(pluginId, checkKey(key));
    }

    @Override
    public void put(String key, byte[] value) {
        checkKey(key);
        Objects.requireNonNull(value, "value");
        if (value.length > PluginStateEntry.MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("A value of " + value.length + " bytes is over the "
                    + PluginStateEntry.MAX_VALUE_BYTES + " bytes one key may hold");
        }
        entries.put(pluginId, key, value, clock.instant());
    }

    @Override
    public void delete(String key) {
        entries.delete(pluginId, checkKey(key));
    }

    /** Sorted here, not by the database, whose collation may not order like {@link String#compareTo}. */
    @Override
    public Set<String> keys(String prefix) {
        Objects.requireNonNull(prefix, "prefix (use \"\" for all keys)");
        return Collections.unmodifiableSortedSet(new TreeSet<>(entries.keys(pluginId, prefix)));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return entries.inTransaction(Objects.requireNonNull(work, "work"));
    }

    private static String checkKey(String key) {
        return PluginScopedId.checkName(key, "A durable store key");
    }
}
