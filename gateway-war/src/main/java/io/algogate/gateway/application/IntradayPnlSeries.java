package io.algogate.gateway.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One trading day's P&amp;L samples, oldest first. A sample of a new day starts the series afresh, so
 * yesterday's curve never shows under today's; past {@link #MAX_SAMPLES} the oldest go (a day of
 * minute samples from 09:00 to 23:30 is 870, so the cap only bites under test hooks or a fast clock).
 */
final class IntradayPnlSeries {

    static final int MAX_SAMPLES = 1_500;

    private LocalDate day;
    private final List<PnlSample> samples = new ArrayList<>();

    synchronized void add(LocalDate sampleDay, PnlSample sample) {
        if (!sampleDay.equals(day)) {
            day = sampleDay;
            samples.clear();
        }
        samples.add(sample);
        if (samples.size() > MAX_SAMPLES) {
            samples.remove(0);
        }
    }

    /** The samples of that day; none when the series holds another day's. */
    synchronized List<PnlSample> of(LocalDate wanted) {
        return wanted.equals(day) ? List.copyOf(samples) : List.of();
    }
}
