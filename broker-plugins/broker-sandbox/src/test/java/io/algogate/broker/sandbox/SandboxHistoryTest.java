package io.algogate.broker.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Candle;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.tck.InMemoryDurableStore;
import io.algogate.broker.tck.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** History from the seeded walk: deterministic, session-aligned, never past the clock. */
class SandboxHistoryTest {

    private static final SymbolRef SBIN = new SymbolRef("NSE", "SBIN");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    /** A sandbox on the real feed, its clock at Friday 4 December 2026 10:30 IST. */
    private static SandboxBroker sandbox(MutableClock clock) {
        SandboxConfig config = SandboxConfig.defaults();
        return SandboxBrokerPlugin.create(clock, new InMemoryDurableStore(), config,
                new RandomWalkFeed(config.feedSeed(), config.tickSeconds(), config.dailyVolatility()));
    }

    private static HistoryRequest request(Interval interval, LocalDate from, LocalDate to) {
        return new HistoryRequest(SBIN, interval, from, to);
    }

    @Test
    void theSameRequestGivesTheSameCandlesEvenFromAnotherAdapter() throws BrokerException {
        MutableClock clock = Sandbox.clockAtIst("2026-12-04T10:30:00");
        List<Candle> first = sandbox(clock).history(request(Interval.M5, MONDAY, THURSDAY));
        List<Candle> again = sandbox(clock).history(request(Interval.M5, MONDAY, THURSDAY));

        assertEquals(4 * 75, first.size(), "four sessions of 75 five-minute bars");
        assertEquals(first, again);
        // Later, the finished bars have not changed.
        clock.advance(Duration.ofDays(3));
        assertEquals(first, sandbox(clock).history(request(Interval.M5, MONDAY, THURSDAY)));
    }

    @Test
    void intradayBarsFollowTheSessionAndTheWalk() throws BrokerException {
        MutableClock clock = Sandbox.clockAtIst("2026-12-04T10:30:00");
        SandboxBroker broker = sandbox(clock);
        List<Candle> bars = broker.history(request(Interval.M15, MONDAY, MONDAY));

        assertEquals(25, bars.size(), "09:15 to 15:30 in quarters");
        assertEquals(ZonedDateTime.parse("2026-11-30T09:15+05:30[Asia/Kolkata]").toInstant(), bars.get(0).timestamp());
        assertEquals(ZonedDateTime.parse("2026-11-30T15:15+05:30[Asia/Kolkata]").toInstant(),
                bars.get(24).timestamp());
        for (Candle bar : bars) {
            assertTrue(bar.low().compareTo(bar.open()) <= 0 && bar.low().compareTo(bar.close()) <= 0, bar.toString());
            assertTrue(bar.high().compareTo(bar.open()) >= 0 && bar.high().compareTo(bar.close()) >= 0, bar.toString());
            assertEquals(0, bar.oi().signum());
        }
        // The bar's open is the walk's price at its first tick: the quote of that instant.
        clock.set(bars.get(3).timestamp());
        assertEquals(bars.get(3).open(), broker.quote(SBIN).ltp());
    }

    @Test
    void nothingIsShownAfterTheClock() throws BrokerException {
        MutableClock clock = Sandbox.clockAtIst("2026-12-04T10:32:00");
        SandboxBroker broker = sandbox(clock);
        List<Candle> today = broker.history(request(Interval.M5, THURSDAY.plusDays(1), THURSDAY.plusDays(10)));

        // 09:15 .. 10:30 is sixteen bars, the last still running.
        assertEquals(16, today.size());
        Candle running = today.get(15);
        assertEquals(clock.instant().minusSeconds(120), running.timestamp());
        assertEquals(broker.quote(SBIN).ltp(), running.close(), "the running bar closes at the current price");
        assertTrue(today.stream().allMatch(c -> !c.timestamp().isAfter(clock.instant())));
    }

    @Test
    void dailyBarsSkipWeekendsAndLongerBarsAggregateThem() throws BrokerException {
        SandboxBroker broker = sandbox(Sandbox.clockAtIst("2026-12-04T18:00:00"));
        List<Candle> days = broker.history(request(Interval.DAY, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 4)));

        assertEquals(25, days.size(), "the weekdays of November's last four weeks and December's first");
        assertTrue(days.stream().map(c -> LocalDate.ofInstant(c.timestamp(), SandboxMarket.EXCHANGE_ZONE))
                .noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY));
        assertEquals(ZonedDateTime.parse("2026-11-02T00:00+05:30[Asia/Kolkata]").toInstant(), days.get(0).timestamp());

        List<Candle> weeks = broker.history(request(Interval.WEEK, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 4)));
        assertEquals(5, weeks.size());
        Candle lastWeek = weeks.get(4);
        List<Candle> lastFive = days.subList(20, 25);
        assertEquals(lastFive.get(0).open(), lastWeek.open());
        assertEquals(lastFive.get(4).close(), lastWeek.close());
        assertEquals(lastFive.stream().map(Candle::high).reduce(lastWeek.open(), (a, b) -> a.max(b)), lastWeek.high());

        List<Candle> months = broker.history(request(Interval.MONTH, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 4)));
        assertEquals(2, months.size());
        assertFalse(broker.history(request(Interval.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 4))).isEmpty());
    }

    @Test
    void everyIntervalIsServedAndHugeRangesAreRefused() {
        SandboxBroker broker = sandbox(Sandbox.clockAtIst("2026-12-04T10:30:00"));
        assertEquals(Interval.values().length, broker.intervals().size());

        BrokerException tooMany = assertThrows(BrokerException.class,
                () -> broker.history(request(Interval.S1, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6))));
        assertEquals(BrokerException.Reason.REJECTED, tooMany.reason());
        assertThrows(BrokerException.class, () -> broker.history(new HistoryRequest(new SymbolRef("NSE", "NOPE"),
                Interval.DAY, MONDAY, THURSDAY)));
    }

    @Test
    void futureDatesGiveNoCandles() throws BrokerException {
        SandboxBroker broker = sandbox(new MutableClock(Instant.parse("2026-12-04T05:00:00Z")));
        assertTrue(broker.history(request(Interval.M1, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8))).isEmpty());
    }
}
