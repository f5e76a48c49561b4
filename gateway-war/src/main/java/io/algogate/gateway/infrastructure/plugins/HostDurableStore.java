package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.DurableStore;
import io.algogate.gateway.domain.PluginScopedId;
import io.algogate.gateway.domain.PluginStateEntry;
import io.algogate.gateway.domain.PluginStateRepository;
import io.algogate.gateway.infrastructure.persistence.GroupCommit;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A plugin's {@link DurableStore} (D9), bound to its id: every call passes that id to the repository,
 * so a plugin can neither read nor list another plugin's keys.
 *
 * <p>A transaction's work runs alone (one at a time per plugin, so a read-modify-write such as the
 * sandbox's order id sequence never loses an update), against the committed rows overlaid with the
 * writes not yet committed; its own writes are kept aside until it ends. Work that throws, or that
 * caught a failure of a call inside it, leaves nothing behind. Work that succeeds joins the next
 * {@link GroupCommit group commit}: one database transaction writes the net result of every
 * transaction that ended meanwhile, and each caller returns only after that commit. No plugin code
 * runs inside a database transaction, so JTA's gaps (a checked exception committing, a swallowed
 * failure rolling back without a word) cannot reach the plugin.
 *
 * <p>The store is the only writer of its plugin's rows (the host makes one per plugin id, {@link
 * BrokerPluginHost}, and the gateway runs as one process per database), so it keeps the committed
 * key names and recently used values in memory and reads the database only on a miss.
 */
final class HostDurableStore implements DurableStore {

    /** Values kept in memory; a miss costs one database read. */
    static final int CACHED_VALUES = 10_000;

    private final String pluginId;
    private final PluginStateRepository entries;
    private final Clock clock;
    private final GroupCommit commits = new GroupCommit(this::takePending);

    /** Held while a transaction's work runs, and briefly by a commit's leader; guards every field below. */
    private final ReentrantLock running = new ReentrantLock();
    private Unit current;
    /** Writes of ended transactions waiting for the next commit. */
    private Batch pending = new Batch();
    /** Writes being committed now, still the newest state until the commit ends; null when none. */
    private Batch committing;
    /** Every committed key, loaded at first use. */
    private NavigableSet<String> committedKeys;
    private final Map<String, byte[]> committedValues = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED_VALUES;
        }
    };

    /** One transaction's writes (an empty value: deleted) and whether something inside it failed. */
    private static final class Unit {
        final Map<String, Optional<byte[]>> writes = new LinkedHashMap<>();
        boolean doomed;
    }

    private final class Batch implements GroupCommit.Batch {
        final Map<String, Optional<byte[]>> writes = new LinkedHashMap<>();
        final List<GroupCommit.Ticket> tickets = new ArrayList<>();
        /** The written keys that had a committed row when the batch was taken. */
        Set<String> stored = Set.of();

        @Override
        public List<GroupCommit.Ticket> tickets() {
            return tickets;
        }

        @Override
        public void commit() {
            commitBatch(this);
        }
    }

    HostDurableStore(String pluginId, PluginStateRepository entries, Clock clock) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<byte[]> get(String key) {
        String checkedKey = checkKey(key);
        return inTransaction(() -> failureDooms(() -> read(checkedKey))).map(byte[]::clone);
    }

    @Override
    public void put(String key, byte[] value) {
        checkKey(key);
        Objects.requireNonNull(value, "value");
        if (value.length > PluginStateEntry.MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("A value of " + value.length + " bytes is over the "
                    + PluginStateEntry.MAX_VALUE_BYTES + " bytes one key may hold");
        }
        byte[] copy = value.clone();
        inTransaction(() -> current.writes.put(key, Optional.of(copy)));
    }

    @Override
    public void delete(String key) {
        String checkedKey = checkKey(key);
        inTransaction(() -> current.writes.put(checkedKey, Optional.empty()));
    }

    @Override
    public Set<String> keys(String prefix) {
        Objects.requireNonNull(prefix, "prefix (use \"\" for all keys)");
        return inTransaction(() -> failureDooms(() -> Collections.unmodifiableSortedSet(keysStartingWith(prefix))));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Unit unit = new Unit();
        GroupCommit.Ticket ticket = new GroupCommit.Ticket();
        T result;
        running.lock();
        try {
            if (running.getHoldCount() > 1) {
                // Nested: joins the transaction around it.
                return failureDooms(work);
            }
            current = unit;
            try {
                result = failureDooms(work);
            } finally {
                current = null;
            }
            if (unit.doomed) {
                throw new IllegalStateException("Rolled back: a call inside the transaction failed and the"
                        + " plugin carried on, so none of its writes are kept");
            }
            if (unit.writes.isEmpty() && pending.tickets.isEmpty() && committing == null) {
                return result; // read only what is committed: nothing to wait for
            }
            // Waits even with no writes of its own: what it read may still be on its way to disk.
            pending.writes.putAll(unit.writes);
            pending.tickets.add(ticket);
        } finally {
            running.unlock();
        }
        commits.await(ticket);
        return result;
    }

    /** Transactions that ended and wait for the next commit (tests watch it to line calls up). */
    int waitingForCommit() {
        running.lock();
        try {
            return pending.tickets.size();
        } finally {
            running.unlock();
        }
    }

    /** Runs as a commit's leader, without {@link #running}: the next transactions run meanwhile. */
    private Batch takePending() {
        running.lock();
        try {
            Batch batch = pending;
            pending = new Batch();
            committing = batch;
            batch.stored = new HashSet<>(batch.writes.keySet());
            batch.stored.retainAll(committedKeys());
            return batch;
        } finally {
            running.unlock();
        }
    }

    private void commitBatch(Batch batch) {
        Throwable failure = null;
        try {
            if (!batch.writes.isEmpty()) {
                // Each key's net result; the store knows which keys have rows, so a new key is inserted
                // without a look-up, and one written and deleted since the last commit (the open-order
                // marker of an order that filled at once) costs nothing.
                List<PluginStateRepository.Write> writes = new ArrayList<>(batch.writes.size());
                batch.writes.forEach((key, value) ->
                        writes.add(new PluginStateRepository.Write(key, value, batch.stored.contains(key))));
                Instant now = clock.instant();
                entries.inTransaction(() -> {
                    entries.writeAll(pluginId, writes, now);
                    return null;
                });
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        running.lock();
        try {
            committing = null;
            if (failure == null) {
                batch.writes.forEach(this::remember);
                return;
            }
            // Transactions that ended since this batch was taken read its writes: they cannot stand either.
            pending.tickets.forEach(ticket -> ticket.fail(new IllegalStateException(
                    "An earlier transaction this one read from could not be committed")));
            pending = new Batch();
            committedValues.clear();
            committedKeys = null;
        } finally {
            running.unlock();
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) failure;
    }

    /** The newest value: this transaction's, then ended ones', then committed. Under {@link #running}. */
    private Optional<byte[]> read(String key) {
        for (Map<String, Optional<byte[]>> layer : newestLayersFirst()) {
            Optional<byte[]> written = layer.get(key);
            if (written != null) {
                return written;
            }
        }
        byte[] cached = committedValues.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (!committedKeys().contains(key)) {
            return Optional.empty();
        }
        Optional<byte[]> stored = entries.value(pluginId, key);
        stored.ifPresent(bytes -> committedValues.put(key, bytes));
        return stored;
    }

    /** Sorted here, not by the database, whose collation may not order like {@link String#compareTo}. */
    private NavigableSet<String> keysStartingWith(String prefix) {
        NavigableSet<String> keys = new TreeSet<>();
        for (String key : committedKeys().tailSet(prefix, true)) {
            if (!key.startsWith(prefix)) {
                break;
            }
            keys.add(key);
        }
        List<Map<String, Optional<byte[]>>> layers = newestLayersFirst();
        for (int i = layers.size() - 1; i >= 0; i--) {
            layers.get(i).forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    if (value.isPresent()) {
                        keys.add(key);
                    } else {
                        keys.remove(key);
                    }
                }
            });
        }
        return keys;
    }

    private List<Map<String, Optional<byte[]>>> newestLayersFirst() {
        List<Map<String, Optional<byte[]>>> layers = new ArrayList<>(3);
        if (current != null) {
            layers.add(current.writes);
        }
        layers.add(pending.writes);
        if (committing != null) {
            layers.add(committing.writes);
        }
        return layers;
    }

    private NavigableSet<String> committedKeys() {
        if (committedKeys == null) {
            committedKeys = new TreeSet<>(entries.keys(pluginId, ""));
        }
        return committedKeys;
    }

    private void remember(String key, Optional<byte[]> value) {
        if (value.isPresent()) {
            committedValues.put(key, value.get());
            if (committedKeys != null) {
                committedKeys.add(key);
            }
        } else {
            committedValues.remove(key);
            if (committedKeys != null) {
                committedKeys.remove(key);
            }
        }
    }

    /**
     * Runs a piece of work or a read; if it throws inside a transaction, the transaction is doomed.
     * Argument checks stay outside: a refused argument wrote nothing.
     */
    private <R> R failureDooms(Supplier<R> call) {
        try {
            return call.get();
        } catch (RuntimeException | Error e) {
            doomAnyTransaction();
            throw e;
        } catch (Throwable checked) {
            // Thrown past Supplier's signature: it fails the work like any other exception.
            doomAnyTransaction();
            throw new UndeclaredThrowableException(checked, "The plugin's work threw " + checked);
        }
    }

    /** Only the transaction's own thread runs while {@link #current} is set. */
    private void doomAnyTransaction() {
        if (running.isHeldByCurrentThread() && current != null) {
            current.doomed = true;
        }
    }

    private static String checkKey(String key) {
        return PluginScopedId.checkName(key, "A durable store key");
    }
}
