package io.algogate.broker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.Trade;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fills for each price type and side: the order is placed with SBIN at 800.00 (bid 799.95, ask
 * 800.05), then the feed moves to the given last price and the clock one second on.
 */
class SandboxFillTest {

    @ParameterizedTest(name = "{0} {1} price {2} trigger {3}, last price {4}: {5} {6}")
    @CsvSource({
            // type,  side, price,  trigger, ltp,   status,          fill price
            "MARKET,  BUY,  0,      0,       800,   COMPLETE,        800.05",
            "MARKET,  SELL, 0,      0,       800,   COMPLETE,        799.95",
            "LIMIT,   BUY,  790,    0,       795,   OPEN,            ",
            "LIMIT,   BUY,  790,    0,       790,   COMPLETE,        790",
            "LIMIT,   BUY,  790,    0,       780,   COMPLETE,        790",
            "LIMIT,   SELL, 810,    0,       805,   OPEN,            ",
            "LIMIT,   SELL, 810,    0,       812,   COMPLETE,        810",
            "SL,      BUY,  815,    810,     805,   TRIGGER_PENDING, ",
            "SL,      BUY,  815,    810,     812,   COMPLETE,        812",
            "SL,      BUY,  815,    810,     820,   TRIGGER_PENDING, ",
            "SL,      SELL, 785,    790,     795,   TRIGGER_PENDING, ",
            "SL,      SELL, 785,    790,     788,   COMPLETE,        788",
            "SL,      SELL, 785,    790,     780,   TRIGGER_PENDING, ",
            "SL-M,    BUY,  0,      810,     805,   TRIGGER_PENDING, ",
            "SL-M,    BUY,  0,      810,     810,   COMPLETE,        810.05",
            "SL-M,    SELL, 0,      790,     795,   TRIGGER_PENDING, ",
            "SL-M,    SELL, 0,      790,     789,   COMPLETE,        788.95",
    })
    void fillsWhenTheFeedCrossesThePrice(String type, Action side, String price, String trigger, String ltp,
            OrderStatus expected, BigDecimal fillPrice) throws Exception {
        Sandbox sandbox = new Sandbox();
        sandbox.feed.set("SBIN", "800");
        String id = sandbox.broker.placeOrder(Sandbox.order("SBIN", side, 10,
                PriceType.fromWireName(type).orElseThrow(), Product.MIS, price, trigger)).orderId();

        sandbox.clock.advance(Duration.ofSeconds(1));
        sandbox.feed.set("SBIN", ltp);

        assertEquals(expected, sandbox.booked(id).status());
        List<Trade> trades = sandbox.broker.trades();
        if (fillPrice == null) {
            assertEquals(List.of(), trades);
        } else {
            assertEquals(1, trades.size());
            assertEquals(0, fillPrice.compareTo(trades.get(0).averagePrice()), () -> "filled at " + trades.get(0));
            assertEquals(sandbox.clock.instant().minusSeconds(type.equals("MARKET") ? 1 : 0),
                    trades.get(0).tradedAt(), "traded at the tick that filled it");
        }
        sandbox.assertMoneyAddsUp();
    }
}
