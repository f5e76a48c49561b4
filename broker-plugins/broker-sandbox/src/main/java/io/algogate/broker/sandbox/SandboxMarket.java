package io.algogate.broker.sandbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The market the sandbox trades in: the instrument list of the clock's trading day, the feed, and the
 * mapping from instants to feed ticks ({@code tick = epochSecond / tickSeconds}).
 */
final class SandboxMarket {

    /** Trading days, square-off times and order ids follow the exchange's zone, not the server's. */
    static final ZoneId EXCHANGE_ZONE = ZoneId.of("Asia/Kolkata");

    private final Clock clock;
    private final PriceFeed feed;
    private final long tickSeconds;
    private volatile SandboxInstruments instruments;

    SandboxMarket(Clock clock, PriceFeed feed, long tickSeconds) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.tickSeconds = tickSeconds;
    }

    Instant now() {
        return clock.instant();
    }

    long tick(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), tickSeconds);
    }

    Instant instantOf(long tick) {
        return Instant.ofEpochSecond(tick * tickSeconds);
    }

    static LocalDate tradingDay(Instant instant) {
        return LocalDate.ofInstant(instant, EXCHANGE_ZONE);
    }

    /** Today's list, rebuilt when the clock's trading day changes (expiries roll). */
    SandboxInstruments instruments() {
        LocalDate today = tradingDay(now());
        SandboxInstruments current = instruments;
        if (current == null || !current.day().equals(today)) {
            current = SandboxInstruments.on(today);
            instruments = current;
        }
        return current;
    }

    Optional<SandboxInstrument> find(String exchange, String symbol) {
        return instruments().find(exchange, symbol);
    }

    /**
     * The instrument for valuing something already held: today's list, or the list of the day it was
     * traded on (an expired contract keeps its last walk; settlement at expiry is not simulated).
     */
    Optional<SandboxInstrument> findHeld(String exchange, String symbol, LocalDate tradedOn) {
        return find(exchange, symbol).or(() -> SandboxInstruments.on(tradedOn).find(exchange, symbol));
    }

    BigDecimal ltp(SandboxInstrument instrument, long tick) {
        return feed.ltp(instrument, tick);
    }

    /** A bar of the walk between two ticks: the prices at its ends, and extremes sampled in between. */
    record Bar(BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close) {
    }

    /**
     * The walk from tick {@code first} to tick {@code last}: its ends exactly, its high and low from
     * {@code samples} evenly spaced ticks (approximate: evaluating every tick of a day costs too much).
     */
    Bar bar(SandboxInstrument instrument, long first, long last, int samples) {
        BigDecimal open = ltp(instrument, first);
        BigDecimal close = ltp(instrument, last);
        BigDecimal high = open.max(close);
        BigDecimal low = open.min(close);
        for (int i = 1; i < samples; i++) {
            BigDecimal sample = ltp(instrument, first + (last - first) * i / samples);
            high = high.max(sample);
            low = low.min(sample);
        }
        return new Bar(open, high, low, close);
    }

    BigDecimal bid(SandboxInstrument instrument, long tick) {
        return feed.bid(instrument, tick);
    }

    BigDecimal ask(SandboxInstrument instrument, long tick) {
        return feed.ask(instrument, tick);
    }
}
