package io.algogate.security.filters;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rate limit in OpenAlgo's (flask-limiter's) syntax: one or more limits separated by {@code ;},
 * each {@code <count> per <unit>} or {@code <count>/<unit>}, optionally with a multiple
 * ({@code 10 per 2 minutes}). Units are second, minute, hour and day, singular or plural, in any case.
 * A request must satisfy every limit of a spec, so {@code 5 per minute;25 per hour} allows bursts of
 * five but no more than 25 in an hour.
 */
public record RateLimitSpec(List<Limit> limits) {

    private static final Pattern LIMIT = Pattern.compile(
            "(\\d+)\\s*(?:per\\s+|/\\s*)(?:(\\d+)\\s*)?(second|minute|hour|day)s?", Pattern.CASE_INSENSITIVE);
    private static final String EXPECTED =
            "expected \"<count> per <unit>\" or \"<count>/<unit>\" with unit second, minute, hour or day";
    /** Largest first, so a period is written in the largest unit that divides it. */
    private static final List<ChronoUnit> UNITS =
            List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS);

    /** At most {@code capacity} requests in any {@code period}. */
    public record Limit(long capacity, Duration period) {
        public Limit {
            Objects.requireNonNull(period, "period");
            if (capacity < 1) {
                throw new IllegalArgumentException("A rate limit's count must be at least 1, was " + capacity);
            }
            if (period.isNegative() || period.isZero() || period.getNano() != 0) {
                throw new IllegalArgumentException("A rate limit's period must be whole seconds, was " + period);
            }
        }

        /** {@code 5 per minute}, {@code 10 per 2 minutes}, {@code 7 per 90 seconds}. */
        @Override
        public String toString() {
            long seconds = period.getSeconds();
            for (ChronoUnit unit : UNITS) {
                long unitSeconds = unit.getDuration().getSeconds();
                if (seconds % unitSeconds == 0) {
                    long multiple = seconds / unitSeconds;
                    String name = singular(unit);
                    return capacity + " per " + (multiple == 1 ? name : multiple + " " + name + "s");
                }
            }
            throw new AssertionError("every whole number of seconds is a multiple of a second");
        }
    }

    public RateLimitSpec {
        limits = List.copyOf(limits);
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("A rate limit spec needs at least one limit");
        }
    }

    /**
     * Reads a spec such as {@code "5 per minute;25 per hour"} or {@code "50/second"}.
     *
     * @throws IllegalArgumentException naming the text that could not be read
     */
    public static RateLimitSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Invalid rate limit \"" + (text == null ? "" : text)
                    + "\": it is empty; " + EXPECTED);
        }
        List<Limit> limits = new ArrayList<>();
        // -1 keeps trailing empty parts, so "5 per minute;" is reported rather than silently accepted.
        for (String part : text.split(";", -1)) {
            limits.add(parseLimit(part.strip(), text));
        }
        return new RateLimitSpec(limits);
    }

    private static Limit parseLimit(String part, String whole) {
        Matcher matcher = LIMIT.matcher(part);
        if (!matcher.matches()) {
            throw invalid(part, whole, EXPECTED);
        }
        long capacity = parseCount(matcher.group(1), part, whole);
        long multiple = matcher.group(2) == null ? 1 : parseCount(matcher.group(2), part, whole);
        ChronoUnit unit = unitNamed(matcher.group(3));
        try {
            return new Limit(capacity, unit.getDuration().multipliedBy(multiple));
        } catch (ArithmeticException e) {
            throw invalid(part, whole, "the period is too long");
        } catch (IllegalArgumentException e) {
            throw invalid(part, whole, e.getMessage());
        }
    }

    private static long parseCount(String digits, String part, String whole) {
        try {
            long count = Long.parseLong(digits);
            if (count < 1) {
                throw invalid(part, whole, "counts must be at least 1");
            }
            return count;
        } catch (NumberFormatException e) {
            throw invalid(part, whole, "the number " + digits + " is too large");
        }
    }

    private static IllegalArgumentException invalid(String part, String whole, String why) {
        String where = part.equals(whole.strip()) ? "" : " in \"" + whole + "\"";
        String shown = part.isEmpty() ? "an empty limit" : "\"" + part + "\"";
        return new IllegalArgumentException("Invalid rate limit " + shown + where + ": " + why);
    }

    private static ChronoUnit unitNamed(String name) {
        String singular = name.toLowerCase(Locale.ROOT);
        return UNITS.stream().filter(unit -> singular(unit).equals(singular)).findFirst()
                .orElseThrow(() -> new AssertionError("the pattern admits only known units: " + name));
    }

    private static String singular(ChronoUnit unit) {
        String plural = unit.name().toLowerCase(Locale.ROOT);
        return plural.substring(0, plural.length() - 1);
    }

    /** The canonical text, which {@link #parse} reads back to an equal spec: {@code 5 per minute;25 per hour}. */
    @Override
    public String toString() {
        return limits.stream().map(Limit::toString).collect(Collectors.joining(";"));
    }
}
