package io.algogate.gateway.domain;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When an intraday strategy may trade, in India's time (OpenAlgo's rules): entries from {@code start}
 * to {@code end}, exits from {@code start} to {@code squareOff}. Times are compared to the minute, as
 * OpenAlgo compares {@code HH:MM} strings, so an entry at 15:00:40 with an end of 15:00 still passes.
 */
public record IntradayWindow(LocalTime start, LocalTime end, LocalTime squareOff) {

    public IntradayWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(squareOff, "squareOff");
        if (!start.isBefore(end) || end.isAfter(squareOff)) {
            throw new IllegalArgumentException("An intraday window needs start < end <= square-off");
        }
    }

    /** Why an order at {@code now} (India) is refused, or empty when it may go. */
    public Optional<String> refusal(LocalTime now, boolean exit) {
        LocalTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        String kind = exit ? "Exit" : "Entry";
        if (minute.isBefore(start)) {
            return Optional.of(kind + " orders not allowed before start time (" + start + " IST)");
        }
        if (!exit && minute.isAfter(end)) {
            return Optional.of("Entry orders not allowed after end time (" + end + " IST)");
        }
        if (exit && minute.isAfter(squareOff)) {
            return Optional.of("Exit orders not allowed after square off time (" + squareOff + " IST)");
        }
        return Optional.empty();
    }
}
