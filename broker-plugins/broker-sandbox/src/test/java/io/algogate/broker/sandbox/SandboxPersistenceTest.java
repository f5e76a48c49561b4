package io.algogate.broker.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.DurableStore;
import io.algogate.broker.spi.ModifyOrderRequest;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.tck.InMemoryDurableStore;
import io.algogate.broker.tck.TestBrokerContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's book lives in the host's durable store: a new adapter over the same store (what a
 * gateway restart amounts to) sees it, and a refused or failed change leaves the store as it was.
 */
class SandboxPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(TestBrokerContext.DEFAULT_INSTANT, ZoneOffset.UTC);

    private final InMemoryDurableStore store = new InMemoryDurableStore();

    @Test
    void aNewAdapterOverTheSameStoreHasTheBookAndContinuesTheIds() throws Exception {
        BrokerAdapter beforeRestart = adapterOver(store);
        String limit = beforeRestart.capability(OrderEntry.class).placeOrder(order("A\\B=C\nD", PriceType.LIMIT))
                .orderId();
        String market = beforeRestart.capability(OrderEntry.class).placeOrder(order("s", PriceType.MARKET)).orderId();
        List<Order> bookBefore = beforeRestart.capability(OrderBookSource.class).orderBook();
        beforeRestart.close();

        BrokerAdapter afterRestart = adapterOver(store);
        assertEquals(bookBefore, afterRestart.capability(OrderBookSource.class).orderBook(),
                "every field of every order survives");
        String next = afterRestart.capability(OrderEntry.class).placeOrder(order("s", PriceType.LIMIT)).orderId();
        afterRestart.capability(OrderManagement.class).cancelOrder(limit);

        assertEquals(List.of("26120400000001", "26120400000002", "26120400000003"), List.of(limit, market, next));
        List<Order> book = afterRestart.capability(OrderBookSource.class).orderBook();
        assertEquals(List.of(limit, market, next), book.stream().map(Order::orderId).toList());
        assertEquals(OrderStatus.CANCELLED, book.get(0).status(), "an order placed before the restart is cancelled after it");
        assertEquals("A\\B=C\nD", book.get(0).strategy());
    }

    @Test
    void theStoreHoldsTheOrdersTheOpenIndexTheDaysSequenceTheFundsAndTheFeedCursor() throws Exception {
        BrokerAdapter broker = adapterOver(store);
        broker.capability(OrderEntry.class).placeOrder(order("s", PriceType.LIMIT));
        broker.capability(OrderEntry.class).placeOrder(order("s", PriceType.LIMIT));

        assertEquals(Set.of("orders/26120400000001", "orders/26120400000002", "open/26120400000001",
                "open/26120400000002", "sequence/261204", "funds", "feed/cursor"), store.keys(""));
        assertEquals(Long.toString(TestBrokerContext.DEFAULT_INSTANT.getEpochSecond()),
                new String(store.get("feed/cursor").orElseThrow(), UTF_8));
        assertEquals("2", new String(store.get("sequence/261204").orElseThrow(), UTF_8));
    }

    @Test
    void aRefusedChangeLeavesTheStoreUnchanged() throws Exception {
        BrokerAdapter broker = adapterOver(store);
        String market = broker.capability(OrderEntry.class).placeOrder(order("s", PriceType.MARKET)).orderId();
        String limit = broker.capability(OrderEntry.class).placeOrder(order("s", PriceType.LIMIT)).orderId();
        broker.capability(OrderManagement.class).cancelOrder(limit);
        Map<String, String> before = contents(store);
        OrderManagement management = broker.capability(OrderManagement.class);

        assertThrows(BrokerException.class, () -> management.cancelOrder(market), "complete");
        assertThrows(BrokerException.class, () -> management.cancelOrder(limit), "already cancelled");
        assertThrows(BrokerException.class, () -> management.cancelOrder("26120400000099"), "unknown");
        assertThrows(BrokerException.class, () -> management.cancelOrder("x".repeat(300)), "no sandbox id at all");
        assertThrows(BrokerException.class,
                () -> management.modifyOrder(new ModifyOrderRequest(market, order("s", PriceType.LIMIT))));

        assertEquals(before, contents(store));
    }

    @Test
    void aCancelAllThatFailsHalfwayCancelsNothing() throws Exception {
        FailingOrderWrites failing = new FailingOrderWrites(store);
        BrokerAdapter broker = adapterOver(failing);
        String first = broker.capability(OrderEntry.class).placeOrder(order("s", PriceType.LIMIT)).orderId();
        String second = broker.capability(OrderEntry.class).placeOrder(order("s", PriceType.LIMIT)).orderId();
        Map<String, String> before = contents(store);
        failing.failTheOrderWriteNumber(2);

        IllegalStateException crash = assertThrows(IllegalStateException.class,
                () -> broker.capability(OrderManagement.class).cancelAllOrders("s"));

        assertTrue(crash.getMessage().contains("write 2"), crash.getMessage());
        assertEquals(before, contents(store), "the first cancel was undone with the second");
        List<Order> book = broker.capability(OrderBookSource.class).orderBook();
        assertEquals(List.of(first, second), book.stream().filter(o -> o.status() == OrderStatus.OPEN)
                .map(Order::orderId).toList());
    }

    private static BrokerAdapter adapterOver(DurableStore store) {
        return new SandboxBrokerPlugin().create(new TestBrokerContext(CLOCK, Map.of(),
                System.getLogger("io.algogate.broker.sandbox.test"), store));
    }

    private static OrderRequest order(String strategy, PriceType type) {
        return new OrderRequest(strategy, "NSE", "SBIN", Action.BUY, new BigDecimal("3"), type, Product.MIS,
                new BigDecimal("612.35"), BigDecimal.ZERO, 0);
    }

    /** Everything stored, as text, to compare before and after. */
    private static Map<String, String> contents(DurableStore store) {
        Map<String, String> contents = new TreeMap<>();
        store.keys("").forEach(key -> contents.put(key, new String(store.get(key).orElseThrow(), UTF_8)));
        return contents;
    }

    /** Passes every call on, except that the n-th order written after it is armed fails: a crash halfway. */
    private static final class FailingOrderWrites implements DurableStore {

        private final DurableStore store;
        private int failingWrite;
        private int orderWrites;

        FailingOrderWrites(DurableStore store) {
            this.store = store;
        }

        void failTheOrderWriteNumber(int n) {
            failingWrite = n;
            orderWrites = 0;
        }

        @Override
        public Optional<byte[]> get(String key) {
            return store.get(key);
        }

        @Override
        public void put(String key, byte[] value) {
            if (key.startsWith("orders/") && failingWrite > 0 && ++orderWrites == failingWrite) {
                throw new IllegalStateException("The store failed order write " + orderWrites);
            }
            store.put(key, value);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }

        @Override
        public Set<String> keys(String prefix) {
            return store.keys(prefix);
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return store.inTransaction(work);
        }
    }
}
