package io.algogate.broker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.ModifyOrderRequest;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.tck.TestBrokerContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SandboxBrokerTest {

    private static final Clock CLOCK = Clock.fixed(TestBrokerContext.DEFAULT_INSTANT, ZoneOffset.UTC);

    private static OrderRequest order(PriceType type) {
        // Far below SBIN's price, so the waiting orders wait.
        BigDecimal price = type == PriceType.MARKET ? BigDecimal.ZERO : BigDecimal.ONE;
        return new OrderRequest("test", "NSE", "SBIN", Action.BUY, BigDecimal.ONE, type, Product.MIS,
                price, price, 0);
    }

    @Test
    void isFoundThroughServiceLoaderWithItsFilteredVersion() {
        List<BrokerPlugin> plugins = ServiceLoader.load(BrokerPlugin.class, getClass().getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
        assertEquals(1, plugins.size());
        assertEquals("sandbox", plugins.get(0).id());
        assertNotEquals("unknown", plugins.get(0).version());
        assertNotEquals("${project.version}", plugins.get(0).version());
    }

    @Test
    void placedOrdersGetUniqueIdsAndAreListedBackInOrder() throws Exception {
        var broker = new SandboxBrokerPlugin().create(TestBrokerContext.withDefaults("sandbox"));
        String first = broker.capability(OrderEntry.class).placeOrder(order(PriceType.MARKET)).orderId();
        String second = broker.capability(OrderEntry.class).placeOrder(order(PriceType.LIMIT)).orderId();

        assertEquals("26120400000001", first);
        assertNotEquals(first, second);
        List<Order> book = broker.capability(OrderBookSource.class).orderBook();
        assertEquals(List.of(first, second), book.stream().map(Order::orderId).toList());
        assertEquals(OrderStatus.COMPLETE, book.get(0).status());
        assertEquals(OrderStatus.OPEN, book.get(1).status());
        assertEquals(TestBrokerContext.DEFAULT_INSTANT, book.get(0).placedAt());
    }

    @Test
    void waitingOrdersCanBeModifiedAndCancelledButCompleteOnesCannot() throws Exception {
        var broker = new SandboxBrokerPlugin().create(TestBrokerContext.withDefaults("sandbox"));
        OrderEntry entry = broker.capability(OrderEntry.class);
        OrderManagement management = broker.capability(OrderManagement.class);
        String limit = entry.placeOrder(order(PriceType.LIMIT)).orderId();
        String market = entry.placeOrder(order(PriceType.MARKET)).orderId();

        assertEquals(limit, management.modifyOrder(new ModifyOrderRequest(limit, order(PriceType.STOP_LOSS))).orderId());
        assertEquals(OrderStatus.TRIGGER_PENDING, statusOf(broker, limit));
        assertEquals(limit, management.cancelOrder(limit).orderId());
        assertEquals(OrderStatus.CANCELLED, statusOf(broker, limit));

        BrokerException complete = assertThrows(BrokerException.class, () -> management.cancelOrder(market));
        assertEquals(BrokerException.Reason.REJECTED, complete.reason());
        assertThrows(BrokerException.class, () -> management.cancelOrder(limit), "already cancelled");
        assertThrows(BrokerException.class, () -> management.cancelOrder("no-such-order"));

        String other = entry.placeOrder(order(PriceType.LIMIT)).orderId();
        assertEquals(List.of(other), management.cancelAllOrders("test").cancelledOrderIds());
    }

    /** A host that offers only a clock still gets a working sandbox, its book in memory. */
    @Test
    void withoutAHostStoreTheBookIsKeptInMemory() throws Exception {
        var broker = new SandboxBrokerPlugin().create(new BrokerContext() {
            @Override
            public Clock clock() {
                return CLOCK;
            }
        });
        String limit = broker.capability(OrderEntry.class).placeOrder(order(PriceType.LIMIT)).orderId();
        broker.capability(OrderManagement.class).cancelOrder(limit);

        assertEquals("26120400000001", limit);
        assertEquals(OrderStatus.CANCELLED, statusOf(broker, limit));
    }

    private static OrderStatus statusOf(io.algogate.broker.spi.BrokerAdapter broker, String orderId) throws Exception {
        return broker.capability(OrderBookSource.class).orderBook().stream().filter(o -> o.orderId().equals(orderId))
                .findFirst().orElseThrow().status();
    }
}
