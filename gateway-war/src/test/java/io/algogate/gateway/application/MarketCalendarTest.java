package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.application.MarketCalendar.Holiday;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in calendar, configured holidays, and the sessions of a day. */
class MarketCalendarTest {

    @Test
    void theBuiltInYearHasNsesFixedDateHolidaysOnWeekdays() {
        List<Holiday> holidays = new MarketCalendar(List.of()).holidays(2026);
        assertEquals(List.of(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 14),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 12, 25)),
                holidays.stream().map(Holiday::date).toList());
        assertTrue(new MarketCalendar(List.of()).holidays(2027).isEmpty(), "no built-in list beyond 2026");
    }

    @Test
    void configuredHolidaysAreAddedAndWeekendOnesIgnored() {
        MarketCalendar calendar = new MarketCalendar(MarketCalendar.parseConfigured(
                "2026-03-03=Holi; 2026-11-08=Diwali on a Sunday;2026-01-26=Republic Day (NSE circular)"));
        List<Holiday> holidays = calendar.holidays(2026);
        assertEquals(7, holidays.size());
        assertEquals(new Holiday(LocalDate.of(2026, 3, 3), "Holi"), holidays.get(1));
        assertEquals("Republic Day (NSE circular)", holidays.get(0).description());
        assertThrows(IllegalArgumentException.class, () -> MarketCalendar.parseConfigured("2026-03-03"));
        assertThrows(IllegalArgumentException.class, () -> MarketCalendar.parseConfigured("03/03/2026=Holi"));
    }

    @Test
    void sessionsAreTheRegularOnesOnTradingDaysAndNoneElse() {
        MarketCalendar calendar = new MarketCalendar(List.of());
        List<MarketCalendar.Session> friday = calendar.sessions(LocalDate.of(2026, 12, 4));
        assertEquals(List.of("NSE", "BSE", "NFO", "BFO", "CDS", "BCD", "MCX"),
                friday.stream().map(MarketCalendar.Session::exchange).toList());
        assertEquals(LocalTime.of(9, 15), friday.get(0).open());
        assertEquals(LocalTime.of(15, 30), friday.get(0).close());
        assertTrue(calendar.sessions(LocalDate.of(2026, 12, 5)).isEmpty(), "Saturday");
        assertTrue(calendar.sessions(LocalDate.of(2026, 12, 25)).isEmpty(), "Christmas");
    }
}
