package io.algogate.broker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Netting in its four cases, each figure worked out by hand (leverage 5 throughout). */
class PositionBookTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final BigDecimal LEVERAGE = new BigDecimal("5");

    /** Long 10 at 100.00, holding 200.00 margin (10 x 100 / 5). */
    private static final SandboxPosition LONG_10_AT_100 = new SandboxPosition("NSE", "SBIN", Product.MIS,
            new BigDecimal("10"), new BigDecimal("100.0000"), new BigDecimal("0.00"), new BigDecimal("200.00"),
            DAY.minusDays(1));

    @Test
    void openingFromFlatTakesTheFillPriceAndBlocksMargin() {
        PositionBook.Netting n = PositionBook.apply(SandboxPosition.flat("NSE", "SBIN", Product.MIS, DAY),
                new BigDecimal("-4"), new BigDecimal("250.50"), LEVERAGE, DAY);
        // short 4 at 250.50; margin 4 x 250.50 / 5 = 200.40
        assertPosition(n, "-4", "250.5000", "0.00", "200.40");
        assertMoney(n, "0.00", "0.00", "200.40");
        assertEquals(DAY, n.position().openedOn());
    }

    @Test
    void addingAveragesThePrice() {
        PositionBook.Netting n = PositionBook.apply(LONG_10_AT_100, new BigDecimal("5"), new BigDecimal("106"),
                LEVERAGE, DAY);
        // (10 x 100 + 5 x 106) / 15 = 1530 / 15 = 102; margin 200 + 5 x 106 / 5 = 306
        assertPosition(n, "15", "102.0000", "0.00", "306.00");
        assertMoney(n, "0.00", "0.00", "106.00");
        assertEquals(DAY.minusDays(1), n.position().openedOn(), "an add keeps the opening day");
    }

    @Test
    void reducingRealisesAtTheAverageAndReleasesMarginInProportion() {
        PositionBook.Netting n = PositionBook.apply(LONG_10_AT_100, new BigDecimal("-4"), new BigDecimal("110"),
                LEVERAGE, DAY);
        // realised 4 x (110 - 100) = 40; released 200 x 4 / 10 = 80
        assertPosition(n, "6", "100.0000", "40.00", "120.00");
        assertMoney(n, "40.00", "80.00", "0.00");
    }

    @Test
    void closingReleasesAllMargin() {
        PositionBook.Netting n = PositionBook.apply(LONG_10_AT_100, new BigDecimal("-10"), new BigDecimal("95.25"),
                LEVERAGE, DAY);
        // realised 10 x (95.25 - 100) = -47.50
        assertPosition(n, "0", "100.0000", "-47.50", "0.00");
        assertMoney(n, "-47.50", "200.00", "0.00");
    }

    @Test
    void reversingClosesThenOpensTheRestAtTheFillPrice() {
        PositionBook.Netting n = PositionBook.apply(LONG_10_AT_100, new BigDecimal("-15"), new BigDecimal("110"),
                LEVERAGE, DAY);
        // realised 10 x 10 = 100; released 200; short 5 at 110 blocks 5 x 110 / 5 = 110
        assertPosition(n, "-5", "110.0000", "100.00", "110.00");
        assertMoney(n, "100.00", "200.00", "110.00");
        assertEquals(DAY, n.position().openedOn(), "a reversal opens anew");
    }

    @Test
    void coveringAShortRealisesTheFall() {
        SandboxPosition short10 = PositionBook.apply(SandboxPosition.flat("NSE", "SBIN", Product.MIS, DAY),
                new BigDecimal("-10"), new BigDecimal("100"), LEVERAGE, DAY).position();
        PositionBook.Netting n = PositionBook.apply(short10, new BigDecimal("3"), new BigDecimal("90"), LEVERAGE, DAY);
        // realised 3 x (100 - 90) = 30; released 200 x 3 / 10 = 60
        assertPosition(n, "-7", "100.0000", "30.00", "140.00");
        assertMoney(n, "30.00", "60.00", "0.00");
    }

    @Test
    void unrealisedPnlIsMarkedAtTheLastPrice() {
        // 10 x (103.35 - 100) = 33.50
        assertEquals(new BigDecimal("33.50"), LONG_10_AT_100.unrealisedPnl(new BigDecimal("103.35")));
    }

    private static void assertPosition(PositionBook.Netting n, String quantity, String average, String realised,
            String margin) {
        assertEquals(new BigDecimal(quantity), n.position().quantity(), "quantity");
        assertEquals(new BigDecimal(average), n.position().averagePrice(), "average price");
        assertEquals(new BigDecimal(realised), n.position().realisedPnl(), "realised P&L");
        assertEquals(new BigDecimal(margin), n.position().blockedMargin(), "margin held");
    }

    private static void assertMoney(PositionBook.Netting n, String realised, String released, String blocked) {
        assertEquals(new BigDecimal(realised), n.realised(), "realised by the fill");
        assertEquals(new BigDecimal(released), n.released(), "margin released");
        assertEquals(new BigDecimal(blocked), n.blocked(), "margin blocked");
    }
}
