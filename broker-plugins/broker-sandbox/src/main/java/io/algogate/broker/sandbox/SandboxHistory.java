package io.algogate.broker.sandbox;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Candle;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.Interval;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Candles from the same seeded walk the quotes come from, so history, quotes and fills agree and the
 * same request at the same clock gives the same candles (the feed is a pure function of the tick).
 *
 * <p>Sessions are NSE's, 09:15 to 15:30 IST, Monday to Friday (the walk itself never stops, but a
 * chart of round-the-clock bars would look like no Indian market). Intraday bars are aligned to the
 * session's open; daily bars start at midnight IST (as the Kite plugin gives them); weekly, monthly,
 * quarterly and yearly bars aggregate the daily ones and carry the first day's timestamp. A bar is
 * open, high, low, close of the walk sampled at {@value #SAMPLES} evenly spaced ticks plus its ends, so
 * highs and lows are approximate. Nothing after the clock's instant is shown: a bar still running ends
 * at the current tick. The feed has no volume or open interest, so both are zero.
 */
final class SandboxHistory {

    static final LocalTime SESSION_OPEN = LocalTime.of(9, 15);
    static final LocalTime SESSION_CLOSE = LocalTime.of(15, 30);
    /** Beyond this many bars a request is refused: a year of 1-second bars would be millions. */
    static final int MAX_CANDLES = 50_000;
    private static final int SAMPLES = 16;

    private final SandboxMarket market;

    SandboxHistory(SandboxMarket market) {
        this.market = Objects.requireNonNull(market, "market");
    }

    /** Every interval of OpenAlgo's: the walk can be sampled at any resolution. */
    Set<Interval> intervals() {
        return EnumSet.allOf(Interval.class);
    }

    List<Candle> history(HistoryRequest request, SandboxInstrument instrument) throws BrokerException {
        Instant now = market.now();
        return switch (request.interval().unit()) {
            case SECONDS, MINUTES, HOURS -> intraday(request, instrument, now);
            case DAYS -> daily(request, instrument, now);
            case WEEKS -> aggregated(daily(request, instrument, now),
                    day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case MONTHS -> aggregated(daily(request, instrument, now), periodStart(request.interval()));
        };
    }

    private List<Candle> intraday(HistoryRequest request, SandboxInstrument instrument, Instant now)
            throws BrokerException {
        long barSeconds = seconds(request.interval());
        long perSession = (SESSION_CLOSE.toSecondOfDay() - SESSION_OPEN.toSecondOfDay() + barSeconds - 1) / barSeconds;
        long sessions = request.startDate().datesUntil(request.endDate().plusDays(1)).filter(SandboxHistory::weekday)
                .count();
        if (sessions * perSession > MAX_CANDLES) {
            throw tooMany(sessions * perSession);
        }
        List<Candle> candles = new ArrayList<>();
        for (LocalDate day = request.startDate(); !day.isAfter(request.endDate()); day = day.plusDays(1)) {
            if (!weekday(day)) {
                continue;
            }
            Instant open = istInstant(day, SESSION_OPEN);
            Instant close = istInstant(day, SESSION_CLOSE);
            for (Instant start = open; start.isBefore(close) && !start.isAfter(now);
                    start = start.plusSeconds(barSeconds)) {
                Instant end = min(start.plusSeconds(barSeconds), close);
                candles.add(bar(instrument, start, start, end, now));
            }
        }
        return candles;
    }

    private List<Candle> daily(HistoryRequest request, SandboxInstrument instrument, Instant now)
            throws BrokerException {
        long days = request.endDate().toEpochDay() - request.startDate().toEpochDay() + 1;
        if (days > MAX_CANDLES) {
            throw tooMany(days);
        }
        List<Candle> candles = new ArrayList<>();
        for (LocalDate day = request.startDate(); !day.isAfter(request.endDate()); day = day.plusDays(1)) {
            Instant open = istInstant(day, SESSION_OPEN);
            if (weekday(day) && !open.isAfter(now)) {
                candles.add(bar(instrument, istInstant(day, LocalTime.MIDNIGHT), open, istInstant(day, SESSION_CLOSE),
                        now));
            }
        }
        return candles;
    }

    /** Daily bars merged by period: the first open, the extremes, the last close. */
    private static List<Candle> aggregated(List<Candle> days, Function<LocalDate, LocalDate> period) {
        List<Candle> merged = new ArrayList<>();
        LocalDate current = null;
        for (Candle day : days) {
            LocalDate start = period.apply(LocalDate.ofInstant(day.timestamp(), SandboxMarket.EXCHANGE_ZONE));
            if (start.equals(current)) {
                Candle last = merged.remove(merged.size() - 1);
                merged.add(new Candle(last.timestamp(), last.open(), last.high().max(day.high()),
                        last.low().min(day.low()), day.close(), last.volume(), last.oi()));
            } else {
                merged.add(day);
                current = start;
            }
        }
        return merged;
    }

    private static Function<LocalDate, LocalDate> periodStart(Interval interval) {
        return switch (interval) {
            case QUARTER -> day -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> day -> day.withDayOfYear(1);
            default -> day -> day.withDayOfMonth(1);
        };
    }

    /** One bar stamped {@code stamp}, sampling the walk from {@code from} to just before {@code to}. */
    private Candle bar(SandboxInstrument instrument, Instant stamp, Instant from, Instant to, Instant now) {
        long first = market.tick(from);
        long last = Math.max(first, Math.min(market.tick(to.minusNanos(1)), market.tick(now)));
        SandboxMarket.Bar bar = market.bar(instrument, first, last, SAMPLES);
        return new Candle(stamp, bar.open(), bar.high(), bar.low(), bar.close(), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static long seconds(Interval interval) {
        String wire = interval.wireName();
        long amount = Long.parseLong(wire.substring(0, wire.length() - 1));
        return switch (interval.unit()) {
            case SECONDS -> amount;
            case MINUTES -> amount * 60;
            case HOURS -> amount * 3600;
            default -> throw new IllegalArgumentException("not an intraday interval: " + wire);
        };
    }

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Instant istInstant(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(SandboxMarket.EXCHANGE_ZONE).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static BrokerException tooMany(long candles) {
        return new BrokerException(BrokerException.Reason.REJECTED, "The range holds " + candles
                + " candles; the sandbox gives at most " + MAX_CANDLES + " a request: shorten it or use a longer interval");
    }
}
