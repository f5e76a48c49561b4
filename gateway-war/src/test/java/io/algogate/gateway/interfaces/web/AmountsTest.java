package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money as the pages print it: grouped, two decimals, P&L with its sign and tone. */
class AmountsTest {

    @Test
    void moneyHasTwoDecimalsAndGrouping() {
        assertEquals("1,234,567.50", Amounts.money(new BigDecimal("1234567.5")));
        assertEquals("0.01", Amounts.money(new BigDecimal("0.005")), "half up");
        assertEquals("-12.00", Amounts.money(new BigDecimal("-12")));
    }

    @Test
    void pnlCarriesItsSignAndTone() {
        assertEquals("+1,000.25", Amounts.signed(new BigDecimal("1000.25")));
        assertEquals("-3.10", Amounts.signed(new BigDecimal("-3.1")));
        assertEquals("0.00", Amounts.signed(BigDecimal.ZERO));
        assertEquals("0.00", Amounts.signed(new BigDecimal("0.001")), "less than a paisa is no gain");
        assertEquals("good", Amounts.tone(new BigDecimal("0.01")));
        assertEquals("bad", Amounts.tone(new BigDecimal("-0.01")));
        assertEquals("", Amounts.tone(new BigDecimal("-0.004")));
    }

    @Test
    void quantitiesLoseTrailingZeros() {
        assertEquals("10", Amounts.quantity(new BigDecimal("10.000")));
        assertEquals("-3", Amounts.quantity(new BigDecimal("-3")));
        assertEquals("0", Amounts.quantity(new BigDecimal("0.00")));
        assertEquals("0.5", Amounts.quantity(new BigDecimal("0.50")));
    }
}
