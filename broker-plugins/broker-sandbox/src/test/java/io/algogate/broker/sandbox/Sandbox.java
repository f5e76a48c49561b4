package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.DurableStore;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.tck.InMemoryDurableStore;
import io.algogate.broker.tck.MutableClock;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/** Test fixtures: a sandbox over a settable feed, a movable clock and a store the test can reopen. */
final class Sandbox {

    final MutableClock clock;
    final SettablePriceFeed feed;
    final DurableStore store;
    final SandboxConfig config;
    SandboxBroker broker;

    Sandbox(String istDateTime, Map<String, String> config) {
        this.clock = Sandbox.clockAtIst(istDateTime);
        this.feed = new SettablePriceFeed(clock);
        this.store = new InMemoryDurableStore();
        this.config = SandboxConfig.from(config);
        this.broker = restart();
    }

    /** A checker over an adapter the test made itself. */
    Sandbox(MutableClock clock, DurableStore store, SandboxBroker broker) {
        this.clock = clock;
        this.feed = new SettablePriceFeed(clock);
        this.store = store;
        this.config = SandboxConfig.defaults();
        this.broker = broker;
    }

    /** Thursday 4 December 2026, 10:30 IST, default settings. */
    Sandbox() {
        this("2026-12-04T10:30:00", Map.of());
    }

    /** A clock at this IST wall time. */
    static MutableClock clockAtIst(String localDateTime) {
        return new MutableClock(LocalDateTime.parse(localDateTime).atZone(SandboxMarket.EXCHANGE_ZONE).toInstant());
    }

    /** A new adapter over the same store and feed: what a gateway restart amounts to. */
    SandboxBroker restart() {
        broker = SandboxBrokerPlugin.create(clock, store, config, feed);
        return broker;
    }

    static OrderRequest order(String symbol, Action action, int quantity, PriceType type, Product product,
            String price, String trigger) {
        String exchange = symbol.endsWith("FUT") || symbol.endsWith("CE") || symbol.endsWith("PE") ? "NFO" : "NSE";
        return new OrderRequest("test", exchange, symbol, action, BigDecimal.valueOf(quantity), type, product,
                new BigDecimal(price), new BigDecimal(trigger), 0);
    }

    Order booked(String orderId) {
        return broker.orderBook().stream().filter(o -> o.orderId().equals(orderId)).findFirst().orElseThrow();
    }

    /** The funds ledger's own invariant, and that used margin is exactly what orders and positions hold. */
    void assertMoneyAddsUp() {
        FundsLedger ledger = broker.ledger();
        if (!ledger.invariantHolds()) {
            throw new AssertionError("capital + realised != available + used: " + ledger);
        }
        SandboxOrderStore state = new SandboxOrderStore(store);
        BigDecimal held = state.inTransaction(() -> state.open().stream().map(SandboxOrder::blockedMargin)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(state.positions().stream().map(SandboxPosition::blockedMargin)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
        if (held.compareTo(ledger.usedMargin()) != 0) {
            throw new AssertionError("used margin " + ledger.usedMargin() + " but orders and positions hold " + held);
        }
    }
}
