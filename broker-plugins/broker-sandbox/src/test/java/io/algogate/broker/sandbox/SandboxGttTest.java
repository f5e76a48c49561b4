package io.algogate.broker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.GttLeg;
import io.algogate.broker.spi.GttOrder;
import io.algogate.broker.spi.GttRequest;
import io.algogate.broker.spi.GttTriggerType;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sandbox's GTTs: which trigger fires at which last price, the order a firing places, expiry,
 * cancel, modify, the refusals, and that the GTT book lives in the store (a restart keeps it, and a
 * trigger crossed while nobody called still fires). SBIN stands at 800 when each GTT is placed.
 */
class SandboxGttTest {

    private final Sandbox sandbox = new Sandbox();

    private static GttRequest gtt(GttTriggerType type, Action action, int quantity, PriceType priceType,
            String price, String triggerSl, String triggerTg, String stopLoss, String target, Instant expiresAt) {
        return new GttRequest("gtt-test", type, "NSE", "SBIN", action, Product.NRML, BigDecimal.valueOf(quantity),
                priceType, new BigDecimal(price), new BigDecimal(triggerSl), new BigDecimal(triggerTg),
                stopLoss == null ? null : new BigDecimal(stopLoss), target == null ? null : new BigDecimal(target),
                expiresAt);
    }

    /** A SINGLE buy of 10 SBIN at LIMIT 812 once the last price reaches 810 from below. */
    private static GttRequest buyAbove810() {
        return gtt(GttTriggerType.SINGLE, Action.BUY, 10, PriceType.LIMIT, "812", "0", "810", null, null, null);
    }

    private String place(GttRequest request) throws BrokerException {
        sandbox.feed.set("SBIN", "800");
        return sandbox.broker.placeGttOrder(request);
    }

    /** One second on, then the last price. */
    private void moveTo(String lastPrice) {
        sandbox.clock.advance(Duration.ofSeconds(1));
        sandbox.feed.set("SBIN", lastPrice);
    }

    @ParameterizedTest(name = "{0} {1} price {2} triggers {3}/{4} legs {5}/{6}, last price {7}: fires at {8}")
    @CsvSource({
            // type, side, price, trigger sl, trigger tg, stoploss, target, ltp,  fired leg's limit
            "SINGLE, BUY,  812,   0,          810,        ,         ,       809.95, ",
            "SINGLE, BUY,  812,   0,          810,        ,         ,       810,    812",
            "SINGLE, BUY,  812,   0,          810,        ,         ,       830,    812",
            "SINGLE, SELL, 788,   790,        0,          ,         ,       790.05, ",
            "SINGLE, SELL, 788,   790,        0,          ,         ,       790,    788",
            "SINGLE, SELL, 788,   790,        0,          ,         ,       700,    788",
            // the side the price was on decides the direction, not which field carries the trigger
            "SINGLE, BUY,  812,   810,        0,          ,         ,       810,    812",
            "SINGLE, BUY,  780,   0,          790,        ,         ,       790,    780",
            "SINGLE, BUY,  780,   0,          790,        ,         ,       811,    ",
            "OCO,    SELL, 0,     790,        810,        789,      811,    800,    ",
            "OCO,    SELL, 0,     790,        810,        789,      811,    790.05, ",
            "OCO,    SELL, 0,     790,        810,        789,      811,    790,    789",
            "OCO,    SELL, 0,     790,        810,        789,      811,    750,    789",
            "OCO,    SELL, 0,     790,        810,        789,      811,    810,    811",
            "OCO,    SELL, 0,     790,        810,        789,      811,    850,    811",
    })
    void firesWhenTheLastPriceReachesATrigger(GttTriggerType type, Action side, String price, String triggerSl,
            String triggerTg, String stopLoss, String target, String lastPrice, BigDecimal firedLimit)
            throws Exception {
        String triggerId = place(gtt(type, side, 10, PriceType.LIMIT, price, triggerSl, triggerTg, stopLoss, target,
                null));
        moveTo(lastPrice);

        List<GttOrder> book = sandbox.broker.gttOrderBook();
        List<Order> orders = sandbox.broker.orderBook();
        if (firedLimit == null) {
            assertEquals(List.of(triggerId), book.stream().map(GttOrder::triggerId).toList());
            assertEquals(List.of(), orders);
            return;
        }
        assertEquals(List.of(), book, "a fired GTT leaves the book");
        assertEquals(1, orders.size(), orders::toString);
        Order fired = orders.get(0);
        assertEquals("gtt-test", fired.strategy());
        assertEquals("SBIN", fired.symbol());
        assertEquals(side, fired.action());
        assertEquals(0, BigDecimal.TEN.compareTo(fired.quantity()));
        assertEquals(PriceType.LIMIT, fired.priceType());
        assertEquals(Product.NRML, fired.product());
        assertEquals(0, firedLimit.compareTo(fired.price()), fired::toString);
        assertEquals(sandbox.clock.instant(), fired.placedAt(), "placed at the tick that fired it");
        assertNotEquals(triggerId, fired.orderId(), "an order id is never a trigger id");
        sandbox.assertMoneyAddsUp();
    }

    @Test
    void theBookShowsEachGttAsPlacedWithTriggersAscendingAndAYearsDefaultExpiry() throws Exception {
        Instant placedAt = sandbox.clock.instant();
        String single = place(buyAbove810());
        Instant expiry = Instant.parse("2026-12-31T18:30:00Z");
        String oco = place(gtt(GttTriggerType.OCO, Action.SELL, 20, PriceType.MARKET, "0", "790", "810", "789", "811",
                expiry));

        List<GttOrder> book = sandbox.broker.gttOrderBook();
        assertEquals(List.of(
                new GttOrder(single, GttTriggerType.SINGLE, "NSE", "SBIN", List.of(new BigDecimal("810")),
                        new BigDecimal("800"), List.of(new GttLeg(Action.BUY, BigDecimal.TEN, new BigDecimal("812"),
                                PriceType.LIMIT, Product.NRML)),
                        placedAt, placedAt, placedAt.plus(Duration.ofDays(365))),
                new GttOrder(oco, GttTriggerType.OCO, "NSE", "SBIN",
                        List.of(new BigDecimal("790"), new BigDecimal("810")), new BigDecimal("800"),
                        List.of(new GttLeg(Action.SELL, BigDecimal.valueOf(20), new BigDecimal("789"),
                                PriceType.MARKET, Product.NRML),
                                new GttLeg(Action.SELL, BigDecimal.valueOf(20), new BigDecimal("811"),
                                        PriceType.MARKET, Product.NRML)),
                        placedAt, placedAt, expiry)),
                book);
        assertTrue(single.matches("261204\\d{8}"), "the order id scheme: " + single);
        assertNotEquals(single, oco);
    }

    @Test
    void aFiredMarketLegFillsLikeAnyOrderAndMovesPositionAndFunds() throws Exception {
        place(gtt(GttTriggerType.SINGLE, Action.BUY, 10, PriceType.MARKET, "0", "0", "810", null, null, null));
        moveTo("810");

        Order fired = sandbox.broker.orderBook().get(0);
        assertEquals(OrderStatus.COMPLETE, fired.status());
        Position position = sandbox.broker.positions().get(0);
        assertEquals(0, BigDecimal.TEN.compareTo(position.quantity()));
        assertEquals(new BigDecimal("810.05"), position.averagePrice(), "bought at the ask");
        assertEquals(new BigDecimal("8100.50"), sandbox.broker.funds().utilisedDebits(), "NRML equity: leverage 1");
        sandbox.assertMoneyAddsUp();
    }

    @Test
    void aFiredLegTheSandboxRefusesIsBookedRejectedWithTheReason() throws Exception {
        String triggerId = place(gtt(GttTriggerType.SINGLE, Action.BUY, 1_000_000, PriceType.LIMIT, "812", "0", "810",
                null, null, null));
        moveTo("810");

        assertEquals(List.of(), sandbox.broker.gttOrderBook());
        Order rejected = sandbox.broker.orderBook().get(0);
        assertEquals(OrderStatus.REJECTED, rejected.status());
        SandboxOrderStore state = new SandboxOrderStore(sandbox.store);
        String why = state.inTransaction(() -> state.find(rejected.orderId()).orElseThrow().message());
        assertTrue(why.startsWith("Insufficient funds"), why);
        sandbox.assertMoneyAddsUp();
        assertTrue(triggerId.compareTo(rejected.orderId()) < 0);
    }

    @Test
    void aGttExpiresUnfiredButOneCrossedBeforeItsExpiryStillFiresOnALaterCall() throws Exception {
        Instant inAnHour = sandbox.clock.instant().plus(Duration.ofHours(1));
        String expiring = place(gtt(GttTriggerType.SINGLE, Action.BUY, 10, PriceType.LIMIT, "812", "0", "810", null,
                null, inAnHour));
        sandbox.clock.advance(Duration.ofHours(1));
        sandbox.feed.set("SBIN", "810");
        sandbox.clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), sandbox.broker.gttOrderBook(), "expired at " + inAnHour + ", before 810 was reached");
        assertEquals(List.of(), sandbox.broker.orderBook());

        Instant later = sandbox.clock.instant().plus(Duration.ofHours(1));
        String crossed = place(gtt(GttTriggerType.SINGLE, Action.BUY, 10, PriceType.LIMIT, "812", "0", "810", null,
                null, later));
        sandbox.clock.advance(Duration.ofMinutes(59));
        sandbox.feed.set("SBIN", "810");
        Instant crossedAt = sandbox.clock.instant();
        sandbox.clock.advance(Duration.ofSeconds(1));
        sandbox.feed.set("SBIN", "800");
        // Past the expiry, but the catch-up still steps every tick (a longer jump would sample them).
        sandbox.clock.advance(Duration.ofMinutes(2));
        assertEquals(List.of(), sandbox.broker.gttOrderBook());
        Order fired = sandbox.broker.orderBook().get(0);
        assertEquals(crossedAt, fired.placedAt());
        assertNotEquals(expiring, crossed);
    }

    @Test
    void withoutAnExpiryAGttLeavesTheBookAfterAYear() throws Exception {
        place(buyAbove810());
        sandbox.clock.advance(Duration.ofDays(364));
        assertEquals(1, sandbox.broker.gttOrderBook().size());
        sandbox.clock.advance(Duration.ofDays(2));
        assertEquals(List.of(), sandbox.broker.gttOrderBook());
        assertEquals(List.of(), sandbox.broker.orderBook());
    }

    @Test
    void cancelRemovesTheGttSoItNeverFiresAndASecondCancelIsRefused() throws Exception {
        String triggerId = place(buyAbove810());
        assertEquals(triggerId, sandbox.broker.cancelGttOrder(triggerId));
        moveTo("815");

        assertEquals(List.of(), sandbox.broker.gttOrderBook());
        assertEquals(List.of(), sandbox.broker.orderBook());
        BrokerException again = assertThrows(BrokerException.class, () -> sandbox.broker.cancelGttOrder(triggerId));
        assertEquals(BrokerException.Reason.REJECTED, again.reason());
        assertTrue(again.getMessage().contains(triggerId + " was not found"), again.getMessage());
        assertThrows(BrokerException.class, () -> sandbox.broker.cancelGttOrder("../orders/x"));
    }

    @Test
    void modifyReplacesTheWholeGttUnderTheSameId() throws Exception {
        Instant placedAt = sandbox.clock.instant();
        String triggerId = place(buyAbove810());
        sandbox.clock.advance(Duration.ofMinutes(1));
        sandbox.feed.set("SBIN", "801");
        GttRequest replacement = gtt(GttTriggerType.SINGLE, Action.BUY, 5, PriceType.LIMIT, "822", "0", "820", null,
                null, null);
        assertEquals(triggerId, sandbox.broker.modifyGttOrder(triggerId, replacement));

        GttOrder modified = sandbox.broker.gttOrderBook().get(0);
        assertEquals(triggerId, modified.triggerId());
        assertEquals(List.of(new BigDecimal("820")), modified.triggerPrices());
        assertEquals(new BigDecimal("801"), modified.lastPrice(), "the last price at the modification");
        assertEquals(placedAt, modified.createdAt());
        assertEquals(sandbox.clock.instant(), modified.updatedAt());
        moveTo("815");
        assertEquals(List.of(), sandbox.broker.orderBook(), "the old trigger 810 is gone");
        moveTo("820");
        Order fired = sandbox.broker.orderBook().get(0);
        assertEquals(0, BigDecimal.valueOf(5).compareTo(fired.quantity()));
        assertEquals(0, new BigDecimal("822").compareTo(fired.price()));

        BrokerException gone = assertThrows(BrokerException.class,
                () -> sandbox.broker.modifyGttOrder(triggerId, replacement));
        assertTrue(gone.getMessage().contains("was not found"), gone.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an OCO with the price above its stop-loss trigger only | OCO | SELL | 0 | 805 | 850 | 804 | 851 | NRML | SBIN | already reached at the last price 800",
            "an OCO with the price below its target trigger only | OCO | SELL | 0 | 700 | 795 | 699 | 796 | NRML | SBIN | already reached at the last price 800",
            "a SINGLE at the last price | SINGLE | BUY | 800 | 0 | 800 | | | NRML | SBIN | a SINGLE trigger must differ from the last price",
            "an unknown symbol | SINGLE | BUY | 10 | 0 | 10 | | | NRML | NOSUCH | Unknown symbol NSE:NOSUCH",
            "a CNC sell without holdings | SINGLE | SELL | 700 | 700 | 0 | | | CNC | SBIN | Cannot sell 10 NSE:SBIN as CNC",
            "a LIMIT leg without a price | SINGLE | BUY | 0 | 0 | 810 | | | NRML | SBIN | A LIMIT order needs a price",
            "a SINGLE with two triggers | SINGLE | BUY | 812 | 790 | 810 | | | NRML | SBIN | exactly one of its two trigger prices",
            "an OCO without a target price | OCO | SELL | 0 | 790 | 810 | 789 | | NRML | SBIN | a stoploss and a target price",
            "an OCO with its triggers crossed | OCO | SELL | 0 | 810 | 790 | 809 | 791 | NRML | SBIN | a stop-loss trigger below a target",
    })
    void refusedWithTheReasonAndNothingBooked(String what, GttTriggerType type, Action side, String price,
            String triggerSl, String triggerTg, String stopLoss, String target, Product product, String symbol,
            String reason) {
        sandbox.feed.set("SBIN", "800");
        GttRequest request = new GttRequest("gtt-test", type, "NSE", symbol, side, product, BigDecimal.TEN,
                PriceType.LIMIT, new BigDecimal(price), new BigDecimal(triggerSl), new BigDecimal(triggerTg),
                stopLoss == null ? null : new BigDecimal(stopLoss), target == null ? null : new BigDecimal(target),
                null);
        BrokerException refused = assertThrows(BrokerException.class, () -> sandbox.broker.placeGttOrder(request));
        assertEquals(BrokerException.Reason.REJECTED, refused.reason());
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
        assertEquals(List.of(), sandbox.broker.gttOrderBook());
    }

    @Test
    void anExpiryAlreadyPastIsRefused() {
        GttRequest stale = gtt(GttTriggerType.SINGLE, Action.BUY, 10, PriceType.LIMIT, "812", "0", "810", null, null,
                sandbox.clock.instant());
        BrokerException refused = assertThrows(BrokerException.class, () -> sandbox.broker.placeGttOrder(stale));
        assertTrue(refused.getMessage().contains("has already passed"), refused.getMessage());
    }

    @Test
    void aRestartKeepsTheGttBookAndATriggerCrossedWhileDownFiresAtTheTickItWasCrossed() throws Exception {
        String single = place(buyAbove810());
        String oco = place(gtt(GttTriggerType.OCO, Action.SELL, 10, PriceType.LIMIT, "0", "790", "850", "789", "851",
                null));
        List<GttOrder> before = sandbox.broker.gttOrderBook();
        sandbox.broker.close();

        // While the gateway is down the price touches 810 and falls back; nobody calls.
        sandbox.clock.advance(Duration.ofMinutes(5));
        sandbox.feed.set("SBIN", "810");
        Instant crossedAt = sandbox.clock.instant();
        sandbox.clock.advance(Duration.ofSeconds(1));
        sandbox.feed.set("SBIN", "800");
        SandboxBroker after = sandbox.restart();
        sandbox.clock.advance(Duration.ofMinutes(5));

        List<GttOrder> book = after.gttOrderBook();
        assertEquals(List.of(before.get(1)), book, "the OCO stays, the SINGLE fired");
        assertEquals(oco, book.get(0).triggerId());
        Order fired = after.orderBook().get(0);
        assertEquals(crossedAt, fired.placedAt());
        assertEquals(Action.BUY, fired.action());
        assertNotEquals(single, fired.orderId());
        sandbox.assertMoneyAddsUp();
    }

    @Test
    void aNewAdapterOverTheSameStoreSeesTheSameGtts() throws Exception {
        place(buyAbove810());
        place(gtt(GttTriggerType.OCO, Action.SELL, 10, PriceType.LIMIT, "0", "790", "850", "789", "851", null));
        List<GttOrder> before = sandbox.broker.gttOrderBook();

        assertEquals(before, sandbox.restart().gttOrderBook());
    }
}
