package io.algogate.broker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Funds;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Margin is blocked per leverage, an order beyond the funds is rejected, a cancel gives the margin back. */
class SandboxFundsTest {

    @Test
    void anOrderNeedingMoreMarginThanAvailableIsRejectedAndBooked() throws Exception {
        Sandbox sandbox = new Sandbox("2026-12-04T10:30:00", Map.of("starting-capital", "100000"));
        sandbox.feed.set("SBIN", "800");

        BrokerException refused = assertThrows(BrokerException.class, () -> sandbox.broker.placeOrder(
                Sandbox.order("SBIN", Action.BUY, 200, PriceType.MARKET, Product.CNC, "0", "0")));

        assertEquals(BrokerException.Reason.REJECTED, refused.reason());
        // 200 x 800.05 at leverage 1
        assertTrue(refused.getMessage().contains("Insufficient funds") && refused.getMessage().contains("160010.00"),
                refused.getMessage());
        Order rejected = sandbox.broker.orderBook().get(0);
        assertEquals(OrderStatus.REJECTED, rejected.status());
        assertEquals(new Funds(new BigDecimal("100000.00"), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO),
                sandbox.broker.funds());

        // The same quantity as MIS needs a fifth: 32002.00.
        sandbox.broker.placeOrder(Sandbox.order("SBIN", Action.BUY, 200, PriceType.MARKET, Product.MIS, "0", "0"));
        assertEquals(new BigDecimal("32002.00"), sandbox.broker.funds().utilisedDebits());
        assertEquals(new BigDecimal("67998.00"), sandbox.broker.funds().availableCash());
        sandbox.assertMoneyAddsUp();
    }

    @Test
    void aCancelReleasesTheMarginTheOrderHeld() throws Exception {
        Sandbox sandbox = new Sandbox();
        sandbox.feed.set("SBIN", "800");
        String id = sandbox.broker.placeOrder(Sandbox.order("SBIN", Action.BUY, 100, PriceType.LIMIT, Product.MIS,
                "790", "0")).orderId();
        // 100 x 790 / 5
        assertEquals(new BigDecimal("15800.00"), sandbox.broker.funds().utilisedDebits());
        assertEquals(new BigDecimal("9984200.00"), sandbox.broker.funds().availableCash());

        sandbox.broker.cancelOrder(id);

        assertEquals(new BigDecimal("0.00"), sandbox.broker.funds().utilisedDebits());
        assertEquals(new BigDecimal("10000000.00"), sandbox.broker.funds().availableCash());
        sandbox.assertMoneyAddsUp();
    }

    @Test
    void fundsShowRealisedAndUnrealisedPnl() throws Exception {
        Sandbox sandbox = new Sandbox();
        sandbox.feed.set("NIFTY29DEC26FUT", "24000");
        // Futures at leverage 10, lot 75.
        sandbox.broker.placeOrder(Sandbox.order("NIFTY29DEC26FUT", Action.BUY, 150, PriceType.LIMIT, Product.NRML,
                "24000", "0"));
        sandbox.clock.advance(Duration.ofSeconds(1));
        sandbox.feed.set("NIFTY29DEC26FUT", "24100");
        sandbox.broker.placeOrder(Sandbox.order("NIFTY29DEC26FUT", Action.SELL, 75, PriceType.LIMIT, Product.NRML,
                "24100", "0"));
        sandbox.clock.advance(Duration.ofSeconds(1));
        sandbox.feed.set("NIFTY29DEC26FUT", "24050");

        Funds funds = sandbox.broker.funds();
        assertEquals(new BigDecimal("7500.00"), funds.m2mRealized(), "75 x 100");
        assertEquals(new BigDecimal("3750.00"), funds.m2mUnrealized(), "75 x 50");
        assertEquals(new BigDecimal("180000.00"), funds.utilisedDebits(), "75 x 24000 / 10");
        assertEquals(new BigDecimal("9827500.00"), funds.availableCash(), "10,000,000 - 180,000 + 7,500");
        sandbox.assertMoneyAddsUp();
    }
}
