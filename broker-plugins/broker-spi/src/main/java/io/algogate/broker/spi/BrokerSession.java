package io.algogate.broker.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of a broker login. The host keeps the access token in its secret store and hands the
 * session back through {@link BrokerContext#brokerSession()}.
 */
public record BrokerSession(String accessToken, Instant expiresAt, String userId) {

    public BrokerSession {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(userId, "userId");
    }

    /** Leaves the token out: a record's generated toString would put it into any log line. */
    @Override
    public String toString() {
        return "BrokerSession[userId=" + userId + ", expiresAt=" + expiresAt + ", accessToken=***]";
    }
}
