package io.algogate.gateway.infrastructure.plugins;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.PluginStateEntry;
import io.algogate.gateway.domain.PluginStateRepository;
import io.algogate.gateway.support.InMemoryPluginState;
import io.algogate.gateway.support.MutableClock;
import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A plugin's durable store: private to the plugin, prefix listing, and transactions that are all or
 * nothing and run one at a time per plugin.
 */
class HostDurableStoreTest {

    private final InMemoryPluginState rows = new InMemoryPluginState();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final HostDurableStore sandbox = new HostDurableStore("sandbox", rows, clock);
    private final HostDurableStore kite = new HostDurableStore("kite", rows, clock);

    @Test
    void onePluginCannotReadListOrDeleteAnothersKeys() {
        sandbox.put("orders/1", bytes("sandbox order"));

        assertEquals(Optional.empty(), kite.get("orders/1"));
        assertEquals(Set.of(), kite.keys(""));
        kite.delete("orders/1");
        assertEquals("sandbox order", text(sandbox.get("orders/1")));

        kite.put("orders/1", bytes("kite order"));
        assertEquals("sandbox order", text(sandbox.get("orders/1")), "the same key is a different row per plugin");
        assertEquals("kite order", text(kite.get("orders/1")));
    }

    @Test
    void keysListsOnlyThoseWithThePrefixSorted() {
        for (String key : List.of("orders/2", "orders/10", "positions/NSE:SBIN", "orders/1", "ordersX")) {
            sandbox.put(key, bytes(key));
        }

        assertEquals(List.of("orders/1", "orders/10", "orders/2"), List.copyOf(sandbox.keys("orders/")));
        assertEquals(5, sandbox.keys("").size(), "an empty prefix lists every key");
        assertEquals(Set.of(), sandbox.keys("trades/"));
        assertThrows(UnsupportedOperationException.class, () -> sandbox.keys("").add("x"));
    }

    @Test
    void putReplacesAndDeleteForgets() {
        sandbox.put("cursor", bytes("1"));
        sandbox.put("cursor", bytes("2"));
        assertEquals("2", text(sandbox.get("cursor")));

        sandbox.delete("cursor");
        sandbox.delete("cursor");
        assertEquals(Optional.empty(), sandbox.get("cursor"));
    }

    @Test
    void inTransactionKeepsNeitherWriteWhenTheWorkThrows() {
        sandbox.put("cash", bytes("100"));
        IllegalStateException failure = new IllegalStateException("rejected");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> sandbox.inTransaction(() -> {
            sandbox.put("cash", bytes("40"));
            sandbox.put("orders/1", bytes("BUY 60"));
            assertEquals("40", text(sandbox.get("cash")), "the work reads its own writes");
            throw failure;
        }));

        assertSame(failure, thrown, "the plugin gets its own exception back");
        assertEquals("100", text(sandbox.get("cash")));
        assertEquals(Optional.empty(), sandbox.get("orders/1"));
    }

    @Test
    void inTransactionKeepsBothWritesWhenTheWorkSucceeds() {
        String result = sandbox.inTransaction(() -> {
            sandbox.put("cash", bytes("40"));
            sandbox.put("orders/1", bytes("BUY 60"));
            return "placed";
        });

        assertEquals("placed", result);
        assertEquals(Set.of("cash", "orders/1"), sandbox.keys(""));
    }

    /** Liberty's interceptor commits on a checked exception, as InMemoryPluginState does. */
    @Test
    void aCheckedExceptionThrownPastTheSupplierRollsBackToo() {
        IOException failure = new IOException("disk full");

        UndeclaredThrowableException thrown = assertThrows(UndeclaredThrowableException.class,
                () -> sandbox.inTransaction(() -> {
                    sandbox.put("orders/1", bytes("BUY 60"));
                    return throwUnchecked(failure);
                }));

        assertSame(failure, thrown.getCause());
        assertEquals(Set.of(), sandbox.keys(""));
    }

    /** Liberty rolls such a transaction back without a word, as InMemoryPluginState does. */
    @Test
    void aNestedFailureThePluginCatchesRollsBackEverythingAndTheOuterCallSaysSo() {
        sandbox.put("cash", bytes("100"));

        IllegalStateException rolledBack = assertThrows(IllegalStateException.class, () -> sandbox.inTransaction(() -> {
            sandbox.put("cash", bytes("40"));
            try {
                sandbox.inTransaction(() -> {
                    sandbox.put("orders/1", bytes("BUY 60"));
                    throw new IllegalArgumentException("nested failure");
                });
            } catch (IllegalArgumentException caught) {
                // The plugin carries on as if nothing happened.
            }
            return "done";
        }));

        assertTrue(rolledBack.getMessage().contains("Rolled back"), rolledBack.getMessage());
        assertEquals("100", text(sandbox.get("cash")));
        assertEquals(Optional.empty(), sandbox.get("orders/1"));
        sandbox.inTransaction(() -> {
            sandbox.put("cash", bytes("90"));
            return null;
        });
        assertEquals("90", text(sandbox.get("cash")), "the next transaction starts afresh");
    }

    @Test
    void aRefusedArgumentInsideATransactionWritesNothingAndDoomsNothing() {
        String result = sandbox.inTransaction(() -> {
            sandbox.put("cash", bytes("40"));
            assertThrows(IllegalArgumentException.class, () -> sandbox.put("k".repeat(256), bytes("v")));
            return "kept";
        });

        assertEquals("kept", result);
        assertEquals(Set.of("cash"), sandbox.keys(""));
    }

    /**
     * The database isolates less than InMemoryPluginState (read committed: both read, both write back),
     * so this runs over a repository that does not isolate transactions at all.
     */
    @Test
    void aSecondTransactionOfThePluginWaitsUntilTheFirstHasCommitted() throws Exception {
        HostDurableStore store = new HostDurableStore("sandbox", new UnisolatedPluginState(rows), clock);
        store.put("counter", bytes("0"));
        AtomicBoolean secondBegan = new AtomicBoolean();
        Thread second = new Thread(() -> store.inTransaction(() -> {
            secondBegan.set(true);
            return increment(store);
        }));

        store.inTransaction(() -> {
            int read = Integer.parseInt(text(store.get("counter")));
            second.start();
            awaitWaitingOrBegun(second, secondBegan);
            assertFalse(secondBegan.get(), "the second transaction began while the first was in progress");
            store.put("counter", bytes(Integer.toString(read + 1)));
            return null;
        });
        second.join(Duration.ofSeconds(30).toMillis());

        assertEquals("2", text(store.get("counter")), "neither read-modify-write lost the other's update");
    }

    @Test
    void anotherPluginsTransactionDoesNotWait() {
        PluginStateRepository unisolated = new UnisolatedPluginState(rows);
        HostDurableStore sandboxStore = new HostDurableStore("sandbox", unisolated, clock);
        HostDurableStore kiteStore = new HostDurableStore("kite", unisolated, clock);
        AtomicBoolean kiteCommitted = new AtomicBoolean();
        Thread kiteThread = new Thread(() -> kiteCommitted.set(kiteStore.inTransaction(() -> {
            kiteStore.put("cursor", bytes("1"));
            return true;
        })));

        sandboxStore.inTransaction(() -> {
            kiteThread.start();
            join(kiteThread);
            return null;
        });

        assertTrue(kiteCommitted.get(), "kite's transaction ran to its end inside sandbox's");
    }

    @Test
    void aValueIsCopiedInAndOut() {
        byte[] value = bytes("abc");
        sandbox.put("k", value);
        value[0] = 'X';
        byte[] read = sandbox.get("k").orElseThrow();
        read[1] = 'Y';

        assertArrayEquals(bytes("abc"), sandbox.get("k").orElseThrow());
    }

    @Test
    void keysAndValuesTheTableCannotHoldAreRefusedClearly() {
        IllegalArgumentException longKey = assertThrows(IllegalArgumentException.class,
                () -> sandbox.put("k".repeat(256), bytes("v")));
        assertTrue(longKey.getMessage().contains("256 characters"), longKey.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sandbox.get(""));
        assertThrows(IllegalArgumentException.class,
                () -> sandbox.put("big", new byte[PluginStateEntry.MAX_VALUE_BYTES + 1]));
        assertThrows(NullPointerException.class, () -> sandbox.put("k", null));
        assertFalse(sandbox.get("big").isPresent());
    }

    private static int increment(HostDurableStore store) {
        int next = Integer.parseInt(text(store.get("counter"))) + 1;
        store.put("counter", bytes(Integer.toString(next)));
        return next;
    }

    /** Polls until the thread is parked (on the store's lock) or its transaction has begun. */
    private static void awaitWaitingOrBegun(Thread thread, AtomicBoolean began) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (thread.getState() != Thread.State.WAITING && !began.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The second thread neither waited nor began: " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T, E extends Throwable> T throwUnchecked(Throwable failure) throws E {
        throw (E) failure;
    }

    /** The rows without transactions of their own: each call commits at once, as at read committed. */
    private record UnisolatedPluginState(PluginStateRepository rows) implements PluginStateRepository {

        @Override
        public Optional<byte[]> value(String pluginId, String key) {
            return rows.value(pluginId, key);
        }

        @Override
        public void put(String pluginId, String key, byte[] value, Instant now) {
            rows.put(pluginId, key, value, now);
        }

        @Override
        public void delete(String pluginId, String key) {
            rows.delete(pluginId, key);
        }

        @Override
        public List<String> keys(String pluginId, String prefix) {
            return rows.keys(pluginId, prefix);
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String text(Optional<byte[]> value) {
        return new String(value.orElseThrow(), UTF_8);
    }
}
