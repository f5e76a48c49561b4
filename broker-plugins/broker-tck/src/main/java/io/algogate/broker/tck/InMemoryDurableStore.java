package io.algogate.broker.tck;

import io.algogate.broker.spi.DurableStore;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A {@link DurableStore} in memory that keeps {@link DurableStoreContract}, as the gateway's store
 * does, so a plugin's tests see the same behaviour as production:
 *
 * <ul>
 *   <li>Transactions run one at a time: one lock guards every call, and a transaction holds it from
 *       its first read to its last write, so a read-modify-write never loses another's update.</li>
 *   <li>Whatever the work throws, none of its writes remain; a checked exception thrown past
 *       {@link Supplier} arrives wrapped in an {@link UndeclaredThrowableException}.</li>
 *   <li>A nested {@code inTransaction} joins the one around it. If the nested work throws, the whole
 *       transaction is rolled back even when the outer work catches the exception, and the outer call
 *       then throws {@link IllegalStateException}: the gateway cannot roll back half a transaction,
 *       and a plugin must not believe writes were kept that were not.</li>
 * </ul>
 *
 * <p>Values are copied in and out, as a database would, so changing an array after {@code put} or
 * after {@code get} changes nothing stored.
 */
public final class InMemoryDurableStore implements DurableStore {

    private final ReentrantLock lock = new ReentrantLock();
    private final SortedMap<String, byte[]> entries = new TreeMap<>();
    // Both are touched only by the thread holding the lock.
    private SortedMap<String, byte[]> beforeTransaction;
    private boolean rollbackOnly;

    @Override
    public Optional<byte[]> get(String key) {
        checkKey(key);
        lock.lock();
        try {
            return Optional.ofNullable(entries.get(key)).map(byte[]::clone);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void put(String key, byte[] value) {
        checkKey(key);
        byte[] copy = Objects.requireNonNull(value, "value").clone();
        lock.lock();
        try {
            entries.put(key, copy);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void delete(String key) {
        checkKey(key);
        lock.lock();
        try {
            entries.remove(key);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Set<String> keys(String prefix) {
        Objects.requireNonNull(prefix, "prefix (use \"\" for all keys)");
        lock.lock();
        try {
            Set<String> matching = new TreeSet<>();
            for (String key : entries.tailMap(prefix).keySet()) {
                if (!key.startsWith(prefix)) {
                    break;
                }
                matching.add(key);
            }
            return Collections.unmodifiableSet(matching);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        lock.lock();
        try {
            boolean outermost = lock.getHoldCount() == 1;
            if (outermost) {
                beforeTransaction = new TreeMap<>(entries);
                rollbackOnly = false;
            }
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error failure) {
                rollbackOnly = true;
                throw failure;
            } catch (Throwable checked) {
                // Thrown past Supplier's signature, as the gateway's store reports it too.
                rollbackOnly = true;
                throw new UndeclaredThrowableException(checked, "The work threw " + checked);
            } finally {
                if (outermost && rollbackOnly) {
                    entries.clear();
                    entries.putAll(beforeTransaction);
                }
                if (outermost) {
                    beforeTransaction = null;
                }
            }
            if (outermost && rollbackOnly) {
                throw new IllegalStateException("The transaction was rolled back: work nested in it threw,"
                        + " and the outer work caught the exception");
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("A durable store key must not be null or empty");
        }
    }
}
