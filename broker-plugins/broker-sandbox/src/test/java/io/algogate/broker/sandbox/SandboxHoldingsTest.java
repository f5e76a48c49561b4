package io.algogate.broker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Holding;
import io.algogate.broker.spi.ModifyOrderRequest;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CNC holdings from T+1, CNC sells only against them, closing every position, and modify re-blocking margin. */
class SandboxHoldingsTest {

    @Test
    void aCncBuyIsAHoldingFromTheNextDayAndCanBeSoldButNotOversold() throws Exception {
        Sandbox sandbox = new Sandbox();
        sandbox.feed.set("ITC", "400");
        BrokerException nothingHeld = assertThrows(BrokerException.class, () -> sandbox.broker.placeOrder(
                Sandbox.order("ITC", Action.SELL, 5, PriceType.MARKET, Product.CNC, "0", "0")));
        assertTrue(nothingHeld.getMessage().contains("as CNC"), nothingHeld.getMessage());

        sandbox.broker.placeOrder(Sandbox.order("ITC", Action.BUY, 10, PriceType.LIMIT, Product.CNC, "400", "0"));
        assertEquals(List.of(), sandbox.broker.holdings(), "not before T+1");

        sandbox.clock.advance(Duration.ofDays(1));
        sandbox.feed.set("ITC", "420");
        Holding itc = sandbox.broker.holdings().get(0);
        assertEquals(new BigDecimal("10"), itc.quantity());
        assertEquals(new BigDecimal("400.00"), itc.averagePrice());
        assertEquals(new BigDecimal("200.00"), itc.pnl(), "10 x 20");
        assertEquals(new BigDecimal("5.00"), itc.pnlPercent());

        assertThrows(BrokerException.class, () -> sandbox.broker.placeOrder(
                Sandbox.order("ITC", Action.SELL, 11, PriceType.MARKET, Product.CNC, "0", "0")));
        sandbox.broker.placeOrder(Sandbox.order("ITC", Action.SELL, 4, PriceType.MARKET, Product.CNC, "0", "0"));
        assertEquals(new BigDecimal("6"), sandbox.broker.holdings().get(0).quantity());
        sandbox.assertMoneyAddsUp();
    }

    @Test
    void closePositionsSquaresOffEveryProductWithMarketOrders() throws Exception {
        Sandbox sandbox = new Sandbox();
        sandbox.feed.set("SBIN", "800").set("NIFTY29DEC26FUT", "24000");
        sandbox.broker.placeOrder(Sandbox.order("SBIN", Action.SELL, 10, PriceType.MARKET, Product.MIS, "0", "0"));
        sandbox.broker.placeOrder(Sandbox.order("NIFTY29DEC26FUT", Action.BUY, 75, PriceType.MARKET, Product.NRML,
                "0", "0"));

        List<OrderAck> closes = sandbox.broker.closePositions("exit");

        assertEquals(2, closes.size());
        for (OrderAck close : closes) {
            assertEquals(OrderStatus.COMPLETE, sandbox.booked(close.orderId()).status());
            assertEquals("exit", sandbox.booked(close.orderId()).strategy());
        }
        assertTrue(sandbox.broker.positions().stream().allMatch(p -> p.quantity().signum() == 0));
        assertEquals(new BigDecimal("0.00"), sandbox.broker.funds().utilisedDebits());
        assertEquals(List.of(), sandbox.broker.closePositions("exit"), "nothing left to close");
        sandbox.assertMoneyAddsUp();
    }

    @Test
    void aModifiedOrderBlocksTheMarginOfItsNewTerms() throws Exception {
        Sandbox sandbox = new Sandbox();
        sandbox.feed.set("SBIN", "800");
        String id = sandbox.broker.placeOrder(Sandbox.order("SBIN", Action.BUY, 10, PriceType.LIMIT, Product.MIS,
                "700", "0")).orderId();
        assertEquals(new BigDecimal("1400.00"), sandbox.broker.funds().utilisedDebits(), "10 x 700 / 5");

        sandbox.broker.modifyOrder(new ModifyOrderRequest(id, Sandbox.order("SBIN", Action.BUY, 20, PriceType.LIMIT,
                Product.MIS, "750", "0")));

        assertEquals(new BigDecimal("3000.00"), sandbox.broker.funds().utilisedDebits(), "20 x 750 / 5");
        assertEquals(OrderStatus.OPEN, sandbox.booked(id).status());

        sandbox.broker.modifyOrder(new ModifyOrderRequest(id, Sandbox.order("SBIN", Action.BUY, 20, PriceType.LIMIT,
                Product.MIS, "805", "0")));
        assertEquals(OrderStatus.COMPLETE, sandbox.booked(id).status(), "a marketable limit fills at once");
        assertEquals(new BigDecimal("3220.00"), sandbox.broker.funds().utilisedDebits(), "the position: 20 x 805 / 5");
        sandbox.assertMoneyAddsUp();
    }
}
