package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day's P&L samples, and the market hours that decide when the sampler takes one. */
class IntradayPnlSeriesTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    @Test
    void aNewDayStartsTheSeriesAfresh() {
        IntradayPnlSeries series = new IntradayPnlSeries();
        PnlSample first = new PnlSample(Instant.parse("2026-12-03T04:00:00Z"), BigDecimal.ONE);
        series.add(THURSDAY, first);
        series.add(THURSDAY, new PnlSample(Instant.parse("2026-12-03T04:01:00Z"), BigDecimal.TEN));
        assertEquals(2, series.of(THURSDAY).size());
        assertEquals(first, series.of(THURSDAY).get(0), "oldest first");
        assertEquals(List.of(), series.of(THURSDAY.plusDays(1)), "not yesterday's curve under today");

        series.add(THURSDAY.plusDays(1), new PnlSample(Instant.parse("2026-12-04T04:00:00Z"), BigDecimal.ZERO));
        assertEquals(1, series.of(THURSDAY.plusDays(1)).size());
        assertEquals(List.of(), series.of(THURSDAY));
    }

    @Test
    void theOldestGoPastTheCap() {
        IntradayPnlSeries series = new IntradayPnlSeries();
        Instant start = Instant.parse("2026-12-03T03:45:00Z");
        for (int i = 0; i <= IntradayPnlSeries.MAX_SAMPLES; i++) {
            series.add(THURSDAY, new PnlSample(start.plusSeconds(i), BigDecimal.valueOf(i)));
        }
        List<PnlSample> kept = series.of(THURSDAY);
        assertEquals(IntradayPnlSeries.MAX_SAMPLES, kept.size());
        assertEquals(BigDecimal.ONE, kept.get(0).total());
    }

    @Test
    void samplesAreTakenWhileSomeExchangeIsInSession() {
        MarketCalendar calendar = new MarketCalendar(List.of());
        assertFalse(calendar.anySessionOpen(Instant.parse("2026-12-03T03:29:00Z")), "08:59 IST");
        assertTrue(calendar.anySessionOpen(Instant.parse("2026-12-03T03:30:00Z")), "09:00 IST, CDS and MCX open");
        assertTrue(calendar.anySessionOpen(Instant.parse("2026-12-03T17:59:00Z")), "23:29 IST, MCX's evening");
        assertFalse(calendar.anySessionOpen(Instant.parse("2026-12-03T18:00:00Z")), "23:30 IST, all closed");
        assertFalse(calendar.anySessionOpen(Instant.parse("2026-12-05T05:00:00Z")), "a Saturday");
        assertFalse(calendar.anySessionOpen(Instant.parse("2026-12-25T05:00:00Z")), "Christmas");
    }
}
