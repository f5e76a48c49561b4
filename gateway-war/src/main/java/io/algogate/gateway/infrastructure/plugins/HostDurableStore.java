package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.DurableStore;
import io.algogate.gateway.domain.PluginScopedId;
import io.algogate.gateway.domain.PluginStateEntry;
import io.algogate.gateway.domain.PluginStateRepository;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Clock;
import java.util.Collections;
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
 * <p>{@link #inTransaction} adds to the repository's JTA transaction what the SPI promises and JTA
 * alone does not give: the plugin's transactions run one at a time, whatever the work throws rolls
 * it back, and a failure inside that the plugin caught makes the call throw instead of returning as
 * if its writes were kept. The host makes one store per plugin id ({@link BrokerPluginHost}), so the
 * lock covers every adapter of the plugin; it assumes no JTA transaction is active on the calling
 * thread, which holds for calls from the gateway into a plugin.
 */
final class HostDurableStore implements DurableStore {

    private final String pluginId;
    private final PluginStateRepository entries;
    private final Clock clock;
    /**
     * Held from a transaction's start until after its commit. The database's default isolation (read
     * committed) would let two transactions of the plugin read one value and both write it back, the
     * second losing the first's update: the sandbox's order id sequence is such a read-modify-write.
     * Reentrant, since a nested call joins the transaction around it.
     */
    private final ReentrantLock transaction = new ReentrantLock();
    /** Set when something inside the current transaction threw; used only under {@link #transaction}. */
    private boolean doomed;

    HostDurableStore(String pluginId, PluginStateRepository entries, Clock clock) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<byte[]> get(String key) {
        String checkedKey = checkKey(key);
        return failureDooms(() -> entries.value(pluginId, checkedKey));
    }

    @Override
    public void put(String key, byte[] value) {
        checkKey(key);
        Objects.requireNonNull(value, "value");
        if (value.length > PluginStateEntry.MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("A value of " + value.length + " bytes is over the "
                    + PluginStateEntry.MAX_VALUE_BYTES + " bytes one key may hold");
        }
        failureDooms(() -> {
            entries.put(pluginId, key, value, clock.instant());
            return null;
        });
    }

    @Override
    public void delete(String key) {
        String checkedKey = checkKey(key);
        failureDooms(() -> {
            entries.delete(pluginId, checkedKey);
            return null;
        });
    }

    /** Sorted here, not by the database, whose collation may not order like {@link String#compareTo}. */
    @Override
    public Set<String> keys(String prefix) {
        Objects.requireNonNull(prefix, "prefix (use \"\" for all keys)");
        return Collections.unmodifiableSortedSet(new TreeSet<>(failureDooms(() -> entries.keys(pluginId, prefix))));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        transaction.lock();
        try {
            if (transaction.getHoldCount() > 1) {
                return failureDooms(work);
            }
            doomed = false;
            return entries.inTransaction(() -> {
                T result = failureDooms(work);
                if (doomed) {
                    // JTA would roll back without a word here, and the plugin would count writes that were lost.
                    throw new IllegalStateException("Rolled back: a call inside the transaction failed and the"
                            + " plugin carried on, so none of its writes are kept");
                }
                return result;
            });
        } finally {
            transaction.unlock();
        }
    }

    /**
     * Runs a repository call or a piece of work; if it throws inside a transaction, the transaction
     * is doomed. Argument checks stay outside: a refused argument wrote nothing.
     */
    private <R> R failureDooms(Supplier<R> call) {
        try {
            return call.get();
        } catch (RuntimeException | Error e) {
            doomAnyTransaction();
            throw e;
        } catch (Throwable checked) {
            // Thrown past Supplier's signature. JTA commits on a checked exception; a runtime one rolls back.
            doomAnyTransaction();
            throw new UndeclaredThrowableException(checked, "The plugin's work threw " + checked);
        }
    }

    /** Only the transaction's own thread may touch the flag; a call outside any transaction leaves it. */
    private void doomAnyTransaction() {
        if (transaction.isHeldByCurrentThread()) {
            doomed = true;
        }
    }

    private static String checkKey(String key) {
        return PluginScopedId.checkName(key, "A durable store key");
    }
}
