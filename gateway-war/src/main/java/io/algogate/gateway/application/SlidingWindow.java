package io.algogate.gateway.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts hits over a sliding window: a hit counts while it is younger than the window. At most
 * {@code threshold} hits are ever kept, since reaching the threshold is all that matters. Pure, so
 * the trackers' arithmetic is tested without a database.
 */
public final class SlidingWindow {

    private final Duration length;
    private final int threshold;

    public SlidingWindow(Duration length, int threshold) {
        if (length.isNegative() || length.isZero() || threshold < 1) {
            throw new IllegalArgumentException("A window needs a positive length and threshold");
        }
        this.length = length;
        this.threshold = threshold;
    }

    public Duration length() {
        return length;
    }

    public int threshold() {
        return threshold;
    }

    /** The hits still inside the window at {@code now}, oldest first. */
    public List<Instant> inWindow(List<Instant> hits, Instant now) {
        Instant oldestCounted = now.minus(length);
        return hits.stream().filter(hit -> hit.isAfter(oldestCounted)).toList();
    }

    /** The hits after one more at {@code now}: those still in the window plus it, the newest kept. */
    public List<Instant> record(List<Instant> hits, Instant now) {
        List<Instant> kept = new ArrayList<>(inWindow(hits, now));
        kept.add(now);
        return List.copyOf(kept.subList(Math.max(0, kept.size() - threshold), kept.size()));
    }

    public boolean reached(List<Instant> hitsInWindow) {
        return hitsInWindow.size() >= threshold;
    }
}
