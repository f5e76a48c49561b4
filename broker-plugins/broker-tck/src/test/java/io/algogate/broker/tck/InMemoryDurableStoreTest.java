package io.algogate.broker.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The test kit's store keeps the DurableStore contract the way the gateway's store does. */
class InMemoryDurableStoreTest {

    private final InMemoryDurableStore store = new InMemoryDurableStore();

    @Test
    void putReplacesDeleteForgetsAndKeysListsThePrefixSorted() {
        for (String key : List.of("orders/2", "orders/10", "sequence/261204", "orders/1", "ordersX")) {
            store.put(key, bytes(key));
        }
        store.put("orders/2", bytes("replaced"));
        store.delete("ordersX");
        store.delete("never-stored");

        assertEquals(List.of("orders/1", "orders/10", "orders/2"), List.copyOf(store.keys("orders/")));
        assertEquals(4, store.keys("").size(), "an empty prefix lists every key");
        assertEquals("replaced", text(store.get("orders/2")));
        assertEquals(Optional.empty(), store.get("ordersX"));
        assertThrows(UnsupportedOperationException.class, () -> store.keys("").add("x"));
        assertThrows(IllegalArgumentException.class, () -> store.put("", bytes("v")));
        assertThrows(NullPointerException.class, () -> store.put("k", null));
    }

    @Test
    void aValueIsCopiedInAndOut() {
        byte[] value = bytes("abc");
        store.put("k", value);
        value[0] = 'X';
        store.get("k").orElseThrow()[1] = 'Y';

        assertArrayEquals(bytes("abc"), store.get("k").orElseThrow());
    }

    @Test
    void inTransactionKeepsEveryWriteWhenTheWorkSucceeds() {
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
    void inTransactionKeepsNoWriteWhenTheWorkThrows() {
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
    void aCheckedExceptionThrownPastTheSupplierRollsBackToo() {
        IOException failure = new IOException("disk full");

        Exception thrown = assertThrows(Exception.class, () -> store.inTransaction(() -> {
            store.put("orders/1", bytes("BUY 60"));
            return throwUnchecked(failure);
        }));

        assertSame(failure, thrown);
        assertEquals(Set.of(), store.keys(""));
    }

    @Test
    void aNestedFailureTheOuterWorkCatchesStillRollsBackEverythingAndTheOuterCallSaysSo() {
        store.put("cash", bytes("100"));

        IllegalStateException rolledBack = assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
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

        assertTrue(rolledBack.getMessage().contains("rolled back"), rolledBack.getMessage());
        assertEquals("100", text(store.get("cash")));
        assertEquals(Set.of("cash"), store.keys(""));
        store.inTransaction(() -> {
            store.put("cash", bytes("90"));
            return null;
        });
        assertEquals("90", text(store.get("cash")), "the next transaction starts afresh");
    }

    @Test
    void aSecondTransactionWaitsUntilTheFirstHasFinished() throws Exception {
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
            awaitBlockedOrBegun(second, secondBegan);
            assertFalse(secondBegan.get(), "the second transaction began while the first was in progress");
            store.put("counter", bytes(Integer.toString(read + 1)));
            return null;
        });
        second.join(Duration.ofSeconds(30).toMillis());

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

    /** Polls until the thread is parked (on the store's lock) or its transaction has begun. */
    private static void awaitBlockedOrBegun(Thread thread, AtomicBoolean began) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (thread.getState() != Thread.State.WAITING && !began.get()) {
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
