package io.algogate.gateway.support;

import io.algogate.gateway.domain.PluginScopedId;
import io.algogate.gateway.domain.PluginStateRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plugins' state in a map, with the transaction semantics {@code JpaPluginStateRepository} gets
 * from {@code @Transactional} (REQUIRED): calls inside {@link #inTransaction} join the outermost one;
 * a runtime exception or error escaping any of them discards every write since it began, and marks
 * it rollback-only even if an outer piece of work catches the exception.
 */
public final class InMemoryPluginState implements PluginStateRepository {

    private final Map<PluginScopedId, byte[]> values = new HashMap<>();
    private Map<PluginScopedId, byte[]> beforeTransaction;
    private int depth;
    private boolean rollbackOnly;

    @Override
    public synchronized Optional<byte[]> value(String pluginId, String key) {
        return Optional.ofNullable(values.get(new PluginScopedId(pluginId, key))).map(byte[]::clone);
    }

    @Override
    public synchronized void put(String pluginId, String key, byte[] value, Instant now) {
        values.put(new PluginScopedId(pluginId, key), value.clone());
    }

    @Override
    public synchronized void delete(String pluginId, String key) {
        values.remove(new PluginScopedId(pluginId, key));
    }

    @Override
    public synchronized List<String> keys(String pluginId, String prefix) {
        return values.keySet().stream().filter(id -> id.getPluginId().equals(pluginId))
                .map(PluginScopedId::getName).filter(name -> name.startsWith(prefix)).toList();
    }

    /** Synchronized as a whole: a database would isolate concurrent transactions too. */
    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (depth == 0) {
            beforeTransaction = new HashMap<>(values);
            rollbackOnly = false;
        }
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            rollbackOnly = true;
            throw e;
        } finally {
            depth--;
            if (depth == 0 && rollbackOnly) {
                values.clear();
                values.putAll(beforeTransaction);
            }
        }
    }

    /** What is stored, for assertions on other plugins' rows. */
    public synchronized Map<PluginScopedId, byte[]> rows() {
        return Map.copyOf(values);
    }
}
