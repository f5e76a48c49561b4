package io.algogate.gateway.application;

import io.algogate.gateway.domain.BrokerSessionRecord;
import io.algogate.gateway.domain.BrokerSessionRepository;
import io.algogate.security.filters.SessionExpiryPolicy;
import io.algogate.security.filters.SessionRevoker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user's broker session: established when the user logs in to the broker (the sandbox needs no
 * credentials, so a dashboard login or setup establishes it), ended at the daily cut-off or on
 * revocation. Every API call asks {@link #isLive}, so the state is kept in memory as well, written
 * through to the database and read back after a restart.
 */
@ApplicationScoped
public class BrokerSessionService implements SessionRevoker {

    /** What every API call needs: until when, and whether revoked. */
    private record State(Instant expiresAt, boolean revoked) {
        boolean isLive(Instant now) {
            return !revoked && (expiresAt == null || now.isBefore(expiresAt));
        }
    }

    private final Map<Long, State> states = new ConcurrentHashMap<>();

    @Inject
    BrokerSessionRepository sessions;

    @Inject
    SessionExpiryPolicy expiry;

    @Inject
    OrderService orders;

    @Inject
    Clock clock;

    /** Starts a session that lasts until the next daily cut-off (or forever, with expiry disabled). */
    public void establish(long userId) {
        Instant now = clock.instant();
        Instant expiresAt = expiry.enabled() ? expiry.nextCutOff(now) : null;
        BrokerSessionRecord session = sessions.findByUserId(userId)
                .orElseGet(() -> new BrokerSessionRecord(userId, orders.brokerId()));
        session.establish(orders.brokerId(), now, expiresAt);
        sessions.save(session);
        states.put(userId, new State(expiresAt, false));
    }

    public boolean isLive(long userId) {
        State state = states.computeIfAbsent(userId, id -> sessions.findByUserId(id)
                .map(s -> new State(s.getExpiresAt(), s.getRevokedAt() != null))
                .orElse(new State(Instant.EPOCH, true)));
        return state.isLive(clock.instant());
    }

    @Override
    public void revokeBrokerSession(long userId) {
        Optional<BrokerSessionRecord> session = sessions.findByUserId(userId);
        session.ifPresent(s -> {
            s.revoke(clock.instant());
            sessions.save(s);
        });
        states.put(userId, new State(Instant.EPOCH, true));
    }

    /** Forgets the in-memory copy (the test profile's reset); the database stays as it is. */
    public void forgetCachedState() {
        states.clear();
    }
}
