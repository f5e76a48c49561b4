package io.algogate.broker.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.broker.spi.DurableStore;
import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a plugin may rely on from {@link DurableStore}, as JUnit 5 tests: the gateway's store runs
 * them, and so does the kit's {@link InMemoryDurableStore}, so the store plugins test against
 * behaves as the one they run on. Extend it and implement {@link #newStore()}.
 *
 * <p>Beyond the interface's Javadoc, the contract pins down what a plugin would otherwise have to
 * guess: transactions of one store run one at a time; a checked exception thrown past
 * {@link java.util.function.Supplier} rolls back too and arrives wrapped in
 * {@link UndeclaredThrowableException}; a nested {@code inTransaction} joins the outer one, and if
 * it fails, the whole transaction is rolled back and the outer call throws
 * {@link IllegalStateException}, even when the outer work caught the failure.
 */
public abstract class DurableStoreContract {

    private static final Duration THREAD_TIMEOUT = Duration.ofSeconds(30);

    private DurableStore store;

    /** An empty store, new for each test. */
    protected abstract DurableStore newStore();

    @BeforeEach
    final void createStore() {
        store = newStore();
    }

    @Test
    public void putReplacesDeleteForgetsAndKeysListsThePrefixSorted() {
        for (String key : List.of("orders/2", "orders/10", "sequence/261204", "orders/1", "ordersX")) {
            store.put(key, bytes(key));
        }
        store.put("orders/2", bytes("replaced"));
        store.delete("ordersX");
        store.delete("never-stored");

        assertEquals(List.of("orders/1", "orders/10", "orders/2"), List.copyOf(store.keys("orders/")));
        assertEquals(4, store.keys("").size(), "an empty prefix lists every key");
        assertEquals(Set.of(), store.keys("trades/"));
        assertEquals("replaced", text(store.get("orders/2")));
        assertEquals(Optional.empty(), store.get("ordersX"));
        assertThrows(UnsupportedOperationException.class, () -> store.keys("").add("x"));
        assertThrows(IllegalArgumentException.class, () -> store.put("", bytes("v")));
        assertThrows(NullPointerException.class, () -> store.put("k", null));
    }

    @Test
    public void aValueIsCopiedInAndOut() {
        byte[] value = bytes("abc");
        store.put("k", value);
        value[0] = 'X';
        store.get("k").orElseThrow()[1] = 'Y';

        assertArrayEquals(bytes("abc"), store.get("k").orElseThrow());
    }

    @Test
    public void inTransactionKeepsEveryWriteWhenTheWorkSucceeds() {
        store.put("cash", bytes("100"));

        String result = store.inTransaction(() -> {
            store.put("cash", bytes("40"));
            store.put("orders/1", bytes("BUY 60"));
            store.delete("cash");
            return "placed";
        });

        assertEquals("placed", result);
        assertEquals(Set.of("orders/1"), store.keys(""));
    }

    @Test
    public void inTransactionKeepsNoWriteWhenTheWorkThrows() {
        store.put("cash", bytes("100"));
        IllegalStateException failure = new IllegalStateException("rejected");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.put("cash", bytes("40"));
            store.put("orders/1", bytes("BUY 60"));
            assertEquals("40", text(store.get("cash")), "the work reads its own writes");
            throw failure;
        }));

        assertSame(failure, thrown, "the caller gets the work's own exception back");
        assertEquals("100", text(store.get("cash")));
        assertEquals(Set.of("cash"), store.keys(""));
    }

    @Test
    public void aCheckedExceptionThrownPastTheSupplierRollsBackToo() {
        IOException failure = new IOException("disk full");

        UndeclaredThrowableException thrown = assertThrows(UndeclaredThrowableException.class,
                () -> store.inTransaction(() -> {
                    store.put("orders/1", bytes("BUY 60"));
                    return throwUnchecked(failure);
                }));

        assertSame(failure, thrown.getCause());
        assertEquals(Set.of(), store.keys(""));
    }

    @Test
    public void aNestedFailureTheOuterWorkCatchesRollsBackEverythingAndTheOuterCallThrows() {
        store.put("cash", bytes("100"));

        assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.put("cash", bytes("40"));
            try {
                store.inTransaction(() -> {
                    store.put("orders/1", bytes("BUY 60"));
                    throw new IllegalArgumentException("nested failure");
                });
            } catch (IllegalArgumentException caught) {
                // The outer work carries on as if nothing happened.
            }
            return "done";
        }));

        assertEquals("100", text(store.get("cash")));
        assertEquals(Set.of("cash"), store.keys(""));
        store.inTransaction(() -> {
            store.put("cash", bytes("90"));
            return null;
        });
        assertEquals("90", text(store.get("cash")), "the next transaction starts afresh");
    }

    @Test
    public void aSecondTransactionWaitsUntilTheFirstHasFinished() throws InterruptedException {
        store.put("counter", bytes("0"));
        AtomicBoolean secondBegan = new AtomicBoolean();
        AtomicReference<Throwable> secondFailed = new AtomicReference<>();
        Thread second = new Thread(() -> {
            try {
                store.inTransaction(() -> {
                    secondBegan.set(true);
                    return increment();
                });
            } catch (Throwable e) {
                secondFailed.set(e);
            }
        });

        store.inTransaction(() -> {
            int read = counter();
            second.start();
            awaitHeldBackOrBegun(second, secondBegan);
            assertFalse(secondBegan.get(), "the second transaction began while the first was in progress");
            store.put("counter", bytes(Integer.toString(read + 1)));
            return null;
        });
        second.join(THREAD_TIMEOUT.toMillis());

        assertNull(secondFailed.get(), "the second transaction failed");
        assertEquals(2, counter(), "neither read-modify-write lost the other's update");
    }

    private int increment() {
        int next = counter() + 1;
        store.put("counter", bytes(Integer.toString(next)));
        return next;
    }

    private int counter() {
        return Integer.parseInt(text(store.get("counter")));
    }

    /** Polls until the thread waits for a lock or monitor, or its transaction has begun. */
    private static void awaitHeldBackOrBegun(Thread thread, AtomicBoolean began) {
        Instant deadline = Instant.now().plus(THREAD_TIMEOUT);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.BLOCKED
                && !began.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The second thread neither waited nor began: " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T, E extends Throwable> T throwUnchecked(Throwable failure) throws E {
        throw (E) failure;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String text(Optional<byte[]> value) {
        return new String(value.orElseThrow(), UTF_8);
    }
}
