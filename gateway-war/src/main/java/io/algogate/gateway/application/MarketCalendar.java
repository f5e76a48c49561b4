package io.algogate.gateway.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The trading calendar behind market/holidays and market/timings: Indian exchanges' regular sessions
 * and a list of trading holidays, on which every listed exchange is closed.
 *
 * <p>The built-in list holds only NSE's 2026 holidays that fall on fixed dates or follow from the
 * Western calendar (Republic Day, Good Friday, Ambedkar Jayanti, Maharashtra Day, Gandhi Jayanti,
 * Christmas). Festivals set by the lunar calendar move every year and are announced by NSE's
 * circular; an operator adds them with {@code algogate.market.holidays} ({@link #parseConfigured}).
 * Simplification: a holiday closes all exchanges here, including MCX's evening session.
 */
public final class MarketCalendar {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    /** The configuration key of extra holidays: {@code 2026-03-03=Holi;2026-11-09=Diwali Laxmi Pujan}. */
    public static final String HOLIDAYS_KEY = "algogate.market.holidays";

    /** An exchange's regular session, IST. */
    public record Session(String exchange, LocalTime open, LocalTime close) {
    }

    /** A day the exchanges do not trade. */
    public record Holiday(LocalDate date, String description) {
        public Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(description, "description");
        }
    }

    /** The exchanges OpenAlgo's timings list, with their regular sessions. */
    public static final List<Session> SESSIONS = List.of(
            new Session("NSE", LocalTime.of(9, 15), LocalTime.of(15, 30)),
            new Session("BSE", LocalTime.of(9, 15), LocalTime.of(15, 30)),
            new Session("NFO", LocalTime.of(9, 15), LocalTime.of(15, 30)),
            new Session("BFO", LocalTime.of(9, 15), LocalTime.of(15, 30)),
            new Session("CDS", LocalTime.of(9, 0), LocalTime.of(17, 0)),
            new Session("BCD", LocalTime.of(9, 0), LocalTime.of(17, 0)),
            new Session("MCX", LocalTime.of(9, 0), LocalTime.of(23, 30)));

    static final List<Holiday> BUILT_IN = List.of(
            new Holiday(LocalDate.of(2026, 1, 26), "Republic Day"),
            new Holiday(LocalDate.of(2026, 4, 3), "Good Friday"),
            new Holiday(LocalDate.of(2026, 4, 14), "Dr. Baba Saheb Ambedkar Jayanti"),
            new Holiday(LocalDate.of(2026, 5, 1), "Maharashtra Day"),
            new Holiday(LocalDate.of(2026, 10, 2), "Mahatma Gandhi Jayanti"),
            new Holiday(LocalDate.of(2026, 12, 25), "Christmas"));

    private final TreeMap<LocalDate, Holiday> holidays = new TreeMap<>();

    /** The built-in list with the configured holidays added (a configured date replaces a built-in one). */
    public MarketCalendar(List<Holiday> configured) {
        BUILT_IN.forEach(h -> holidays.put(h.date(), h));
        configured.forEach(h -> holidays.put(h.date(), h));
    }

    /**
     * Reads {@value #HOLIDAYS_KEY}: entries {@code YYYY-MM-DD=Description} separated by semicolons.
     *
     * @throws IllegalArgumentException naming the entry that is not of that form
     */
    public static List<Holiday> parseConfigured(String value) {
        List<Holiday> parsed = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return parsed;
        }
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            try {
                if (equals < 0 || entry.substring(equals + 1).isBlank()) {
                    throw new IllegalArgumentException("no description");
                }
                parsed.add(new Holiday(LocalDate.parse(entry.substring(0, equals).trim()),
                        entry.substring(equals + 1).trim()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(HOLIDAYS_KEY + ": '" + entry.trim()
                        + "' is not of the form YYYY-MM-DD=Description", e);
            }
        }
        return parsed;
    }

    /** The year's holidays on weekdays, by date (a holiday on a weekend changes nothing). */
    public List<Holiday> holidays(int year) {
        return holidays.values().stream().filter(h -> h.date().getYear() == year && weekday(h.date()))
                .sorted(Comparator.comparing(Holiday::date)).toList();
    }

    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** The sessions of the day: none on a weekend or holiday. */
    public List<Session> sessions(LocalDate date) {
        return weekday(date) && !holidays.containsKey(date) ? SESSIONS : List.of();
    }

    /** Whether some exchange is in its regular session at that instant (IST, the close itself excluded). */
    public boolean anySessionOpen(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, IST);
        LocalTime time = local.toLocalTime();
        return sessions(local.toLocalDate()).stream()
                .anyMatch(s -> !time.isBefore(s.open()) && time.isBefore(s.close()));
    }

    /** Every exchange the calendar knows, for a holiday's closed list. */
    public static List<String> exchanges() {
        return SESSIONS.stream().map(Session::exchange).toList();
    }

    private static boolean weekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
