package io.algogate.gateway.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock the gateway reads time from (inject {@link Clock}). It is the system clock plus an
 * offset that only the test profile's control endpoint moves, so tests cross expiry windows without
 * sleeping; that endpoint can also stop it, so a test can count requests against a rate limit
 * without the bucket refilling meanwhile.
 */
@ApplicationScoped
public class GatewayClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> frozenAt = new AtomicReference<>();

    public GatewayClock() {
        this(Clock.systemUTC());
    }

    GatewayClock(Clock system) {
        this.system = system;
    }

    /** Moves this clock forward; the test profile's control endpoint is the only caller. */
    public Instant advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward");
        }
        offset.accumulateAndGet(amount, Duration::plus);
        frozenAt.getAndUpdate(frozen -> frozen == null ? null : frozen.plus(amount));
        return instant();
    }

    /** Stops the clock where it stands (test profile only). */
    public synchronized Instant freeze() {
        frozenAt.compareAndSet(null, instant());
        return instant();
    }

    /** Lets it run again from where it stood. */
    public synchronized Instant unfreeze() {
        Instant frozen = frozenAt.getAndSet(null);
        if (frozen != null) {
            offset.set(Duration.between(system.instant(), frozen));
        }
        return instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Clock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt.get();
        return frozen != null ? frozen : system.instant().plus(offset.get());
    }
}
