package io.algogate.gateway.support;

import io.algogate.gateway.domain.PluginScopedId;
import io.algogate.gateway.domain.PluginStateRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The plugins' state in a map, with the transaction semantics {@code JdbcPluginStateRepository} gets
 * from {@code @Transactional} (REQUIRED): calls inside {@link #inTransaction} join the outermost one;
 * a runtime exception or error escaping any of them discards every write since it began, and marks
 * it rollback-only even if an outer piece of work catches the exception, which then ends without a
 * word; a checked exception commits.
 *
 * <p>Transactions on different threads are not isolated from each other at all (each sees the
 * other's writes at once), less even than the database's read committed, so a test over it shows
 * whether the code above serializes what must not interleave.
 */
public final class InMemoryPluginState implements PluginStateRepository {

    private final Map<PluginScopedId, byte[]> values = new ConcurrentHashMap<>();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /** A thread's open transaction: each key's value before its first write in it, to undo. */
    private static final class Transaction {
        final Map<PluginScopedId, Optional<byte[]>> before = new HashMap<>();
        boolean rollbackOnly;
    }

    @Override
    public Optional<byte[]> value(String pluginId, String key) {
        return Optional.ofNullable(values.get(new PluginScopedId(pluginId, key))).map(byte[]::clone);
    }

    @Override
    public void put(String pluginId, String key, byte[] value, Instant now) {
        PluginScopedId id = new PluginScopedId(pluginId, key);
        rememberBeforeWriting(id);
        values.put(id, value.clone());
    }

    @Override
    public void delete(String pluginId, String key) {
        PluginScopedId id = new PluginScopedId(pluginId, key);
        rememberBeforeWriting(id);
        values.remove(id);
    }

    @Override
    public List<String> keys(String pluginId, String prefix) {
        return values.keySet().stream().filter(id -> id.getPluginId().equals(pluginId))
                .map(PluginScopedId::getName).filter(name -> name.startsWith(prefix)).toList();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Transaction transaction = current.get();
        boolean outermost = transaction == null;
        if (outermost) {
            transaction = new Transaction();
            current.set(transaction);
        }
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            transaction.rollbackOnly = true;
            throw e;
        } finally {
            if (outermost) {
                current.remove();
                if (transaction.rollbackOnly) {
                    transaction.before.forEach((id, value) -> value.ifPresentOrElse(
                            v -> values.put(id, v), () -> values.remove(id)));
                }
            }
        }
    }

    /** What is stored, for assertions on other plugins' rows. */
    public Map<PluginScopedId, byte[]> rows() {
        return Map.copyOf(values);
    }

    private void rememberBeforeWriting(PluginScopedId id) {
        Transaction transaction = current.get();
        if (transaction != null) {
            transaction.before.computeIfAbsent(id, unwritten -> Optional.ofNullable(values.get(unwritten)));
        }
    }
}
