package io.algogate.broker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MIS positions are squared off, and open MIS orders cancelled, at the configured time of the injected clock. */
class SandboxSquareOffTest {

    @Test
    void misIsSquaredOffAtTheConfiguredTimeAndOtherProductsAreKept() throws Exception {
        Sandbox sandbox = new Sandbox("2026-12-04T13:58:00", Map.of("square-off-time.nse", "14:00"));
        sandbox.feed.set("SBIN", "800").set("ITC", "420");
        SandboxBroker broker = sandbox.broker;
        broker.placeOrder(Sandbox.order("SBIN", Action.BUY, 10, PriceType.MARKET, Product.MIS, "0", "0"));
        String waiting = broker.placeOrder(Sandbox.order("SBIN", Action.BUY, 10, PriceType.LIMIT, Product.MIS, "700",
                "0")).orderId();
        broker.placeOrder(Sandbox.order("ITC", Action.BUY, 10, PriceType.MARKET, Product.CNC, "0", "0"));

        sandbox.clock.advance(Duration.ofSeconds(119));
        assertEquals(OrderStatus.OPEN, sandbox.booked(waiting).status(), "a second before the square-off");
        assertEquals(0, new BigDecimal("10").compareTo(position(broker.positions(), "SBIN").quantity()));

        sandbox.clock.advance(Duration.ofSeconds(1));
        sandbox.feed.set("SBIN", "810");
        sandbox.clock.advance(Duration.ofMinutes(30));

        assertEquals(OrderStatus.CANCELLED, sandbox.booked(waiting).status());
        Position sbin = position(broker.positions(), "SBIN");
        assertEquals(0, sbin.quantity().signum(), "the MIS position is closed");
        // bought at the ask 800.05, sold at the square-off at the bid 809.95: 10 x 9.90
        assertEquals(new BigDecimal("99.00"), sbin.pnl());
        assertEquals(0, new BigDecimal("10").compareTo(position(broker.positions(), "ITC").quantity()), "CNC kept");

        List<Order> squareOffs = broker.orderBook().stream()
                .filter(o -> FillEngine.SQUARE_OFF_STRATEGY.equals(o.strategy())).toList();
        assertEquals(1, squareOffs.size());
        assertEquals(Action.SELL, squareOffs.get(0).action());
        assertEquals(OrderStatus.COMPLETE, squareOffs.get(0).status());
        assertEquals(sandbox.clock.instant().minus(Duration.ofMinutes(30)), squareOffs.get(0).placedAt(),
                "placed at the square-off time, not when the book was next read");

        // Only the CNC position's margin is still used: 10 x 420.05 at leverage 1.
        assertEquals(new BigDecimal("4200.50"), broker.ledger().usedMargin());
        sandbox.assertMoneyAddsUp();

        BrokerException late = assertThrows(BrokerException.class, () -> broker.placeOrder(
                Sandbox.order("SBIN", Action.BUY, 1, PriceType.MARKET, Product.MIS, "0", "0")));
        assertTrue(late.getMessage().contains("square-off"), late.getMessage());
    }

    @Test
    void theSquareOffRunsOnceADayEvenWhenTheClockJumpsDays() throws Exception {
        Sandbox sandbox = new Sandbox();
        SandboxBroker broker = sandbox.broker;
        broker.placeOrder(Sandbox.order("SBIN", Action.BUY, 10, PriceType.MARKET, Product.MIS, "0", "0"));
        sandbox.clock.advance(Duration.ofDays(3));
        broker.placeOrder(Sandbox.order("SBIN", Action.SELL, 5, PriceType.MARKET, Product.MIS, "0", "0"));
        sandbox.clock.advance(Duration.ofDays(1));

        List<Order> squareOffs = broker.orderBook().stream()
                .filter(o -> FillEngine.SQUARE_OFF_STRATEGY.equals(o.strategy())).toList();
        assertEquals(List.of(Action.SELL, Action.BUY), squareOffs.stream().map(Order::action).toList());
        assertEquals(0, position(broker.positions(), "SBIN").quantity().signum());
        sandbox.assertMoneyAddsUp();
    }

    private static Position position(List<Position> positions, String symbol) {
        return positions.stream().filter(p -> p.symbol().equals(symbol)).findFirst().orElseThrow();
    }
}
