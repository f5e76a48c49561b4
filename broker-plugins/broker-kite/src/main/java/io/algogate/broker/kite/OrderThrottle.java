package io.algogate.broker.kite;

import io.algogate.broker.spi.BrokerException;
import java.time.Clock;

/**
 * A token bucket that keeps this adapter under Kite's order rate limit. It refuses rather than
 * waits: a refusal is immediate and visible to the API client (HTTP 429), where waiting would hold a
 * request thread and hide the overload; and on the context clock it is testable without sleeping.
 */
final class OrderThrottle {

    private final Clock clock;
    private final int perSecond;
    private double tokens;
    private long lastRefillNanos;

    OrderThrottle(Clock clock, int perSecond) {
        this.clock = clock;
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.lastRefillNanos = nanos();
    }

    /** Takes one token or refuses with {@link BrokerException.Reason#RATE_LIMITED}. */
    synchronized void acquire() throws BrokerException {
        long now = nanos();
        if (now > lastRefillNanos) {
            tokens = Math.min(perSecond, tokens + (now - lastRefillNanos) * perSecond / 1e9);
            lastRefillNanos = now;
        }
        if (tokens < 1) {
            throw new BrokerException(BrokerException.Reason.RATE_LIMITED,
                    "Kite allows at most " + perSecond + " order requests per second; try again shortly");
        }
        tokens -= 1;
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
