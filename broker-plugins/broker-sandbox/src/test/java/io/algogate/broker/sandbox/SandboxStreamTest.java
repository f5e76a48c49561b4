package io.algogate.broker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Depth;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.OrderUpdate;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.Subscription;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.spi.Tick;
import io.algogate.broker.tck.InMemoryDurableStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sandbox's market stream and order-update stream, pushed by hand (no thread, no sleeping). */
class SandboxStreamTest {

    private static final SymbolRef SBIN = new SymbolRef("NSE", "SBIN");
    private static final SymbolRef INFY = new SymbolRef("NSE", "INFY");

    private final Sandbox sandbox = new Sandbox();
    private final SandboxBroker broker = new SandboxBroker(
            new SandboxMarket(sandbox.clock, sandbox.feed, 1), new SandboxOrderStore(new InMemoryDurableStore()),
            SandboxConfig.from(Map.of()), false);

    @Test
    void pushesATickPerSubscribedSymbolShapedByItsMode() throws Exception {
        sandbox.feed.set("SBIN", "801.5").set("INFY", "1500");
        List<Tick> ltp = new ArrayList<>();
        List<Tick> quote = new ArrayList<>();
        List<Tick> depth = new ArrayList<>();
        broker.subscribe(Set.of(SBIN, INFY), StreamMode.LTP, ltp::add);
        broker.subscribe(Set.of(SBIN), StreamMode.QUOTE, quote::add);
        broker.subscribe(Set.of(INFY), StreamMode.DEPTH, depth::add);

        broker.stream().pushOnce();

        assertEquals(2, ltp.size());
        Tick sbin = ltp.stream().filter(t -> t.symbol().equals(SBIN)).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("801.5").compareTo(sbin.ltp()));
        assertEquals(sandbox.clock.instant(), sbin.timestamp());
        assertNull(sbin.quote());
        assertNull(sbin.depth());
        assertEquals(1, quote.size());
        assertNotNull(quote.get(0).quote());
        assertNull(quote.get(0).depth());
        assertEquals(StreamMode.QUOTE, quote.get(0).mode());
        Depth infyDepth = depth.get(0).depth();
        assertEquals(Depth.LEVELS, infyDepth.bids().size());
        assertEquals(Depth.LEVELS, infyDepth.asks().size());
        assertEquals(0, new BigDecimal("1500").compareTo(depth.get(0).ltp()));
    }

    @Test
    void aClosedSubscriptionGetsNoMoreTicks() throws Exception {
        List<Tick> ticks = new ArrayList<>();
        Subscription subscription = broker.subscribe(Set.of(SBIN), StreamMode.LTP, ticks::add);
        broker.stream().pushOnce();
        subscription.close();
        subscription.close();
        broker.stream().pushOnce();
        assertEquals(1, ticks.size());
    }

    @Test
    void refusesAnInstrumentItDoesNotList() {
        BrokerException refused = assertThrows(BrokerException.class,
                () -> broker.subscribe(Set.of(new SymbolRef("NSE", "NOSUCH")), StreamMode.LTP, tick -> { }));
        assertEquals(BrokerException.Reason.REJECTED, refused.reason());
    }

    @Test
    void reportsPlacedFilledCancelledAndRejectedOrders() throws Exception {
        sandbox.feed.set("SBIN", "800");
        List<OrderUpdate> updates = new ArrayList<>();
        broker.subscribe(updates::add);

        String market = broker.placeOrder(Sandbox.order("SBIN", Action.BUY, 1, PriceType.MARKET, Product.MIS,
                "0", "0")).orderId();
        String limit = broker.placeOrder(Sandbox.order("SBIN", Action.BUY, 1, PriceType.LIMIT, Product.MIS,
                "700", "0")).orderId();
        broker.cancelOrder(limit);
        assertThrows(BrokerException.class, () -> broker.placeOrder(Sandbox.order("SBIN", Action.BUY, 1_000_000,
                PriceType.MARKET, Product.CNC, "0", "0")));

        assertEquals(List.of(market + " open", market + " complete", limit + " open", limit + " cancelled"),
                updates.subList(0, 4).stream().map(u -> u.orderId() + " " + u.status().wireName()).toList());
        OrderUpdate filled = updates.get(1);
        assertEquals(0, BigDecimal.ONE.compareTo(filled.filledQuantity()));
        assertEquals(0, new BigDecimal("800.05").compareTo(filled.averagePrice()));
        OrderUpdate rejected = updates.get(4);
        assertEquals(OrderStatus.REJECTED, rejected.status());
        assertTrue(rejected.message().startsWith("Insufficient funds"), rejected.message());
        assertEquals(5, updates.size());
    }

    @Test
    void aRestingOrderFillIsReportedByThePushWithoutAnyCall() throws Exception {
        sandbox.feed.set("SBIN", "800");
        String id = broker.placeOrder(Sandbox.order("SBIN", Action.BUY, 1, PriceType.LIMIT, Product.MIS, "790", "0"))
                .orderId();
        List<OrderUpdate> updates = new ArrayList<>();
        broker.subscribe(updates::add);

        sandbox.clock.advance(Duration.ofSeconds(1));
        sandbox.feed.set("SBIN", "789");
        broker.stream().pushOnce();

        assertEquals(1, updates.size());
        assertEquals(id, updates.get(0).orderId());
        assertEquals(OrderStatus.COMPLETE, updates.get(0).status());
    }
}
