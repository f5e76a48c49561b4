package io.algogate.gateway.infrastructure.plugins;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.PluginStateEntry;
import io.algogate.gateway.support.InMemoryPluginState;
import io.algogate.gateway.support.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A plugin's durable store: private to the plugin, prefix listing, and all-or-nothing transactions. */
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

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String text(Optional<byte[]> value) {
        return new String(value.orElseThrow(), UTF_8);
    }
}
