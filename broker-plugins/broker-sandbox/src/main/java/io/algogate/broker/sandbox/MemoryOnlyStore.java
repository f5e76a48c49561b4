package io.algogate.broker.sandbox;

import io.algogate.broker.spi.DurableStore;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Where the sandbox keeps its book when the host offers no durable store: in memory, so the book lasts
 * only as long as the adapter. Every call holds the monitor and a transaction holds it throughout, so
 * transactions run one at a time; one whose work throws is undone from a copy taken as it began.
 */
final class MemoryOnlyStore implements DurableStore {

    private final NavigableMap<String, byte[]> values = new TreeMap<>();

    @Override
    public synchronized Optional<byte[]> get(String key) {
        return Optional.ofNullable(values.get(key)).map(byte[]::clone);
    }

    @Override
    public synchronized void put(String key, byte[] value) {
        values.put(key, value.clone());
    }

    @Override
    public synchronized void delete(String key) {
        values.remove(key);
    }

    @Override
    public synchronized Set<String> keys(String prefix) {
        return values.tailMap(prefix, true).keySet().stream().takeWhile(key -> key.startsWith(prefix))
                .collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new),
                        Collections::unmodifiableSortedSet));
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        NavigableMap<String, byte[]> atStart = new TreeMap<>(values);
        try {
            return work.get();
        } catch (Throwable failure) {
            values.clear();
            values.putAll(atStart);
            throw failure;
        }
    }
}
