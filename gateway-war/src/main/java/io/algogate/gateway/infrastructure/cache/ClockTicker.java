package io.algogate.gateway.infrastructure.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/** A Caffeine ticker that reads the injected clock, so cache expiry follows the gateway's time. */
public final class ClockTicker {

    private ClockTicker() {
    }

    public static Ticker of(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}
