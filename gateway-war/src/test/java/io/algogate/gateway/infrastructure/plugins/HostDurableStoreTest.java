package io.algogate.gateway.infrastructure.plugins;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.PluginStateEntry;
import io.algogate.gateway.support.InMemoryPluginState;
import io.algogate.gateway.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What the gateway's plugin store adds to {@link io.algogate.broker.tck.DurableStoreContract} (which
 * {@link HostDurableStoreContractTest} runs): each plugin's keys are its own, the table's limits are
 * refused clearly, and one plugin's transactions never wait for another's.
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
    void aRefusedArgumentInsideATransactionWritesNothingAndDoomsNothing() {
        String result = sandbox.inTransaction(() -> {
            sandbox.put("cash", bytes("40"));
            assertThrows(IllegalArgumentException.class, () -> sandbox.put("k".repeat(256), bytes("v")));
            return "kept";
        });

        assertEquals("kept", result);
        assertEquals(Set.of("cash"), sandbox.keys(""));
    }

    /** Transactions run one at a time per plugin (DurableStoreContract), not across plugins. */
    @Test
    void anotherPluginsTransactionDoesNotWait() {
        AtomicBoolean kiteCommitted = new AtomicBoolean();
        Thread kiteThread = new Thread(() -> kiteCommitted.set(kite.inTransaction(() -> {
            kite.put("cursor", bytes("1"));
            return true;
        })));

        sandbox.inTransaction(() -> {
            kiteThread.start();
            join(kiteThread);
            return null;
        });

        assertTrue(kiteCommitted.get(), "kite's transaction ran to its end inside sandbox's");
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

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String text(Optional<byte[]> value) {
        return new String(value.orElseThrow(), UTF_8);
    }
}
