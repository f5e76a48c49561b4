package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.TrafficLogEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The traffic chart's geometry, for a server-rendered SVG: requests per time bucket over a range, each
 * bar stacked as answered (below 400) and refused or failed (400 and up). Buckets are whole minutes,
 * as many as needed for at most {@link #MAX_BUCKETS} bars. A JavaBean: the view only places rectangles.
 */
public class TrafficChart {

    static final int MAX_BUCKETS = 60;
    static final int WIDTH = 720;
    static final int HEIGHT = 200;
    /** Room left of the plot for the count labels and below it for the time labels. */
    static final int LEFT = 40;
    static final int BOTTOM = 20;
    static final int TOP = 10;
    static final Duration MIN_SPAN = Duration.ofMinutes(30);

    private final Instant start;
    private final Duration bucket;
    private final List<Bar> bars;
    private final int maxCount;

    /**
     * The chart of {@code entries} from {@code from} (inclusive) to {@code until} (exclusive); a null
     * bound is taken from the entries (a missing start at least {@link #MIN_SPAN} before the end), so
     * an unbounded filter still charts the span it found.
     */
    public TrafficChart(List<TrafficLogEntry> entries, Instant from, Instant until) {
        Instant last = until != null ? until
                : entries.stream().map(TrafficLogEntry::getLoggedAt).max(Instant::compareTo).orElse(Instant.EPOCH)
                        .plus(1, ChronoUnit.MINUTES);
        // Without a start, at least MIN_SPAN before the end: a few requests in one minute are then a
        // narrow bar in its half hour, not one bar as wide as the chart.
        Instant first = from != null ? from
                : entries.stream().map(TrafficLogEntry::getLoggedAt).min(Instant::compareTo)
                        .filter(earliest -> earliest.isBefore(last.minus(MIN_SPAN))).orElse(last.minus(MIN_SPAN));
        start = first.truncatedTo(ChronoUnit.MINUTES);
        long spanMinutes = Math.max(1, (Duration.between(start, last).toSeconds() + 59) / 60);
        bucket = Duration.ofMinutes((spanMinutes + MAX_BUCKETS - 1) / MAX_BUCKETS);
        int buckets = (int) Math.max(1, (spanMinutes + bucket.toMinutes() - 1) / bucket.toMinutes());
        int[] ok = new int[buckets];
        int[] errors = new int[buckets];
        for (TrafficLogEntry entry : entries) {
            long index = Duration.between(start, entry.getLoggedAt()).toMinutes() / bucket.toMinutes();
            if (!entry.getLoggedAt().isBefore(start) && index < buckets) {
                if (entry.getStatus() >= 400) {
                    errors[(int) index]++;
                } else {
                    ok[(int) index]++;
                }
            }
        }
        int highest = 0;
        for (int i = 0; i < buckets; i++) {
            highest = Math.max(highest, ok[i] + errors[i]);
        }
        maxCount = highest;
        bars = new ArrayList<>(buckets);
        double slot = (double) (WIDTH - LEFT) / buckets;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i < buckets; i++) {
            double okHeight = highest == 0 ? 0 : (double) ok[i] * plotHeight / highest;
            double errorHeight = highest == 0 ? 0 : (double) errors[i] * plotHeight / highest;
            double okY = HEIGHT - BOTTOM - okHeight;
            bars.add(new Bar(start.plus(bucket.multipliedBy(i)), ok[i], errors[i], LEFT + i * slot,
                    Math.max(1, slot - 1), okY, okHeight, okY - errorHeight, errorHeight));
        }
    }

    public List<Bar> getBars() {
        return bars;
    }

    /** The tallest bar's count: the top of the scale. */
    public int getMaxCount() {
        return maxCount;
    }

    public int getTotal() {
        return bars.stream().mapToInt(bar -> bar.getOk() + bar.getErrors()).sum();
    }

    public boolean isEmpty() {
        return maxCount == 0;
    }

    /** The bucket's length in words: "1 minute", "5 minutes". */
    public String getBucketText() {
        long minutes = bucket.toMinutes();
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    public String getStartText() {
        return DisplayTime.minutes(start);
    }

    public String getEndText() {
        return DisplayTime.minutes(start.plus(bucket.multipliedBy(bars.size())));
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getLeft() {
        return LEFT;
    }

    public int getTop() {
        return TOP;
    }

    /** Where the plot's base line is. */
    public int getBaseline() {
        return HEIGHT - BOTTOM;
    }

    /** Where the time labels sit. */
    public int getLabelY() {
        return HEIGHT - 5;
    }

    /** One bucket: its counts and its two rectangles (errors stacked on top of the answered ones). */
    public static class Bar {
        private final Instant start;
        private final int ok;
        private final int errors;
        private final double x;
        private final double width;
        private final double okY;
        private final double okHeight;
        private final double errorY;
        private final double errorHeight;

        Bar(Instant start, int ok, int errors, double x, double width, double okY, double okHeight, double errorY,
                double errorHeight) {
            this.start = start;
            this.ok = ok;
            this.errors = errors;
            this.x = x;
            this.width = width;
            this.okY = okY;
            this.okHeight = okHeight;
            this.errorY = errorY;
            this.errorHeight = errorHeight;
        }

        public int getOk() {
            return ok;
        }

        public int getErrors() {
            return errors;
        }

        /** The bar's hover text: when, and how many of each. */
        public String getTitle() {
            return DisplayTime.of(start) + ": " + ok + " ok, " + errors + " errors";
        }

        public String getX() {
            return coordinate(x);
        }

        public String getWidth() {
            return coordinate(width);
        }

        public String getOkY() {
            return coordinate(okY);
        }

        public String getOkHeight() {
            return coordinate(okHeight);
        }

        public String getErrorY() {
            return coordinate(errorY);
        }

        public String getErrorHeight() {
            return coordinate(errorHeight);
        }

        /** One decimal, with a dot whatever the locale: SVG's number syntax. */
        private static String coordinate(double value) {
            long tenths = Math.round(value * 10);
            return (tenths / 10) + "." + Math.abs(tenths % 10);
        }
    }
}
