package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.application.OptionAnalyticsService.OptionContract;
import io.algogate.gateway.application.OptionStrikes.OptionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The pure parts of the options analytics: symbols taken apart and put together, labels, expiry times. */
class OptionAnalyticsServiceTest {

    @Test
    void optionSymbolsAreTakenApartAsOpenAlgoWritesThem() {
        assertEquals(new OptionContract("NIFTY", LocalDate.of(2025, 12, 9), new BigDecimal("24000"), OptionType.CE),
                OptionContract.parse("NIFTY09DEC2524000CE").orElseThrow());
        assertEquals(new OptionContract("VEDL", LocalDate.of(2024, 4, 25), new BigDecimal("292.5"), OptionType.PE),
                OptionContract.parse("VEDL25APR24292.5PE").orElseThrow());
        assertTrue(OptionContract.parse("NIFTY30DEC25FUT").isEmpty());
        assertTrue(OptionContract.parse("NIFTY31FEB2524000CE").isEmpty(), "no such day");
        assertEquals("NIFTY09DEC2524000CE", OptionAnalyticsService.optionSymbol("NIFTY", LocalDate.of(2025, 12, 9),
                new BigDecimal("24000.00"), OptionType.CE));
        assertEquals("NIFTY", OptionAnalyticsService.root("NIFTY30DEC25FUT"));
    }

    @Test
    void labelsCountListedStrikesFromAtm() {
        assertEquals("ATM", OptionAnalyticsService.label(0, OptionType.CE));
        assertEquals("ITM2", OptionAnalyticsService.label(-2, OptionType.CE), "a call below the price");
        assertEquals("OTM2", OptionAnalyticsService.label(-2, OptionType.PE), "a put below the price");
        assertEquals("ITM1", OptionAnalyticsService.label(1, OptionType.PE));
    }

    @Test
    void contractsExpireAtTheirExchangesClose() {
        assertEquals(LocalTime.of(15, 30), OptionAnalyticsService.expiryTime("NFO"));
        assertEquals(LocalTime.of(23, 30), OptionAnalyticsService.expiryTime("MCX"));
        assertEquals(LocalTime.of(12, 30), OptionAnalyticsService.expiryTime("CDS"));
    }
}
