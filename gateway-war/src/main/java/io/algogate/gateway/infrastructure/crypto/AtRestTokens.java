package io.algogate.gateway.infrastructure.crypto;

import com.macasaet.fernet.StringValidator;
import java.time.Duration;
import java.time.temporal.TemporalAmount;

/**
 * How at-rest Fernet tokens are validated: like Python's {@code Fernet.decrypt} without a ttl, which
 * is how OpenAlgo reads them, the token's timestamp is not checked. fernet-java8's defaults (a 60 s
 * time-to-live, 60 s of clock skew) suit tokens in transit, not a secret stored for years or a
 * database read on a host whose clock runs behind the one that wrote it.
 */
final class AtRestTokens {

    private static final Duration EFFECTIVELY_FOREVER = Duration.ofDays(365L * 1000);

    static final StringValidator NO_TIME_LIMITS = new StringValidator() {
        @Override
        public TemporalAmount getTimeToLive() {
            return EFFECTIVELY_FOREVER;
        }

        @Override
        public TemporalAmount getMaxClockSkew() {
            return EFFECTIVELY_FOREVER;
        }
    };

    private AtRestTokens() {
    }
}
