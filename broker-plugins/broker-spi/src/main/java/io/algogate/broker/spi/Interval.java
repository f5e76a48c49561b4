package io.algogate.broker.spi;

import java.util.Optional;

/** OpenAlgo's history intervals, with their wire names, grouped by unit as its intervals endpoint. */
public enum Interval {
    S1("1s", Unit.SECONDS), S5("5s", Unit.SECONDS), S10("10s", Unit.SECONDS), S15("15s", Unit.SECONDS),
    S30("30s", Unit.SECONDS), S45("45s", Unit.SECONDS),
    M1("1m", Unit.MINUTES), M2("2m", Unit.MINUTES), M3("3m", Unit.MINUTES), M5("5m", Unit.MINUTES),
    M10("10m", Unit.MINUTES), M15("15m", Unit.MINUTES), M20("20m", Unit.MINUTES), M30("30m", Unit.MINUTES),
    H1("1h", Unit.HOURS), H2("2h", Unit.HOURS), H3("3h", Unit.HOURS), H4("4h", Unit.HOURS),
    DAY("D", Unit.DAYS),
    WEEK("W", Unit.WEEKS),
    MONTH("M", Unit.MONTHS),
    QUARTER("Q", Unit.MONTHS),
    YEAR("Y", Unit.MONTHS);

    /** The groups of OpenAlgo's intervals response; quarters and years count as months there. */
    public enum Unit {
        SECONDS, MINUTES, HOURS, DAYS, WEEKS, MONTHS
    }

    private final String wireName;
    private final Unit unit;

    Interval(String wireName, Unit unit) {
        this.wireName = wireName;
        this.unit = unit;
    }

    /** The name OpenAlgo's API uses, such as {@code 5m} or {@code D}. */
    public String wireName() {
        return wireName;
    }

    /** The group the intervals endpoint lists it under. */
    public Unit unit() {
        return unit;
    }

    /** Looks a wire name up exactly ({@code M} is a month, {@code m} a minute suffix). */
    public static Optional<Interval> fromWireName(String name) {
        return WireNames.find(values(), Interval::wireName, name);
    }
}
