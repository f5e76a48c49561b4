package io.algogate.broker.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves. */
final class MutableClock extends Clock {

    private volatile Instant now;

    MutableClock(Instant start) {
        this.now = start;
    }

    /** A clock at this IST wall time. */
    static MutableClock atIst(String localDateTime) {
        return new MutableClock(LocalDateTime.parse(localDateTime).atZone(SandboxMarket.EXCHANGE_ZONE).toInstant());
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
