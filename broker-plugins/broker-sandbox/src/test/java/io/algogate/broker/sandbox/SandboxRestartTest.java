package io.algogate.broker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new adapter over the same store (a gateway restart) keeps open orders, positions and funds, and fills on. */
class SandboxRestartTest {

    @Test
    void openOrdersAndPositionsSurviveARestartAndPendingOrdersFillAfterIt() throws Exception {
        Sandbox sandbox = new Sandbox();
        sandbox.feed.set("SBIN", "800");
        SandboxBroker before = sandbox.broker;
        before.placeOrder(Sandbox.order("SBIN", Action.BUY, 20, PriceType.MARKET, Product.MIS, "0", "0"));
        String stop = before.placeOrder(Sandbox.order("SBIN", Action.SELL, 20, PriceType.STOP_LOSS_MARKET, Product.MIS,
                "0", "790")).orderId();
        List<Position> positionsBefore = before.positions();
        FundsLedger fundsBefore = before.ledger();
        before.close();

        SandboxBroker after = sandbox.restart();
        assertEquals(positionsBefore, after.positions());
        assertEquals(fundsBefore, after.ledger());
        assertEquals(OrderStatus.TRIGGER_PENDING, sandbox.booked(stop).status());

        // While nobody asks, the price falls through the stop and back; the next call catches up.
        sandbox.clock.advance(Duration.ofMinutes(5));
        sandbox.feed.set("SBIN", "789");
        sandbox.clock.advance(Duration.ofSeconds(10));
        sandbox.feed.set("SBIN", "800");
        sandbox.clock.advance(Duration.ofMinutes(5));

        assertEquals(OrderStatus.COMPLETE, sandbox.booked(stop).status());
        Position sbin = after.positions().get(0);
        assertEquals(0, sbin.quantity().signum());
        // bought at 800.05, stopped out at the bid 788.95: 20 x -11.10
        assertEquals(new BigDecimal("-222.00"), sbin.pnl());
        assertEquals(new BigDecimal("-222.00"), after.funds().m2mRealized());
        assertEquals(new BigDecimal("0.00"), after.funds().utilisedDebits());
        sandbox.assertMoneyAddsUp();
    }
}
