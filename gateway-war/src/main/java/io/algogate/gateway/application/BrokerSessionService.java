package io.algogate.gateway.application;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerLogin;
import io.algogate.broker.spi.BrokerSession;
import io.algogate.gateway.domain.BrokerSessionRecord;
import io.algogate.gateway.domain.BrokerSessionRepository;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import io.algogate.gateway.infrastructure.plugins.BrokerSessionSource;
import io.algogate.security.filters.SessionExpiryPolicy;
import io.algogate.security.filters.SessionRevoker;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user's broker session. A broker without a login (the sandbox) gets one at the dashboard login
 * or setup; a broker with one ({@link BrokerLogin}) gets it from its login, with the access token kept
 * encrypted (D13) and handed to the plugin through {@link BrokerSessionSource}. Every session ends at
 * the daily cut-off (or the broker's own expiry, if earlier) or on revocation; a session that held a
 * token is then also ended at the broker, so the token is of no use to anyone.
 *
 * <p>Every API call asks {@link #isLive}, so the state is kept in memory as well, written through to
 * the database and read back after a restart.
 */
@ApplicationScoped
public class BrokerSessionService implements SessionRevoker, BrokerSessionSource {

    private static final Logger LOG = Logger.getLogger(BrokerSessionService.class.getName());

    /** How long a broker switch waits for the old broker's logout before going ahead anyway. */
    static final Duration LOGOUT_WAIT = Duration.ofSeconds(15);

    /** What every API call needs, and what the plugin is handed; {@code session} is null without a token. */
    private record State(String brokerId, Instant expiresAt, boolean revoked, BrokerSession session) {
        static final State NONE = new State("", Instant.EPOCH, true, null);

        boolean isLive(Instant now) {
            return !revoked && (expiresAt == null || now.isBefore(expiresAt));
        }

        State ended() {
            return new State(brokerId, expiresAt, true, null);
        }
    }

    private final Map<Long, State> states = new ConcurrentHashMap<>();
    private volatile boolean allLoaded;

    @Inject
    BrokerSessionRepository sessions;

    @Inject
    SessionExpiryPolicy expiry;

    @Inject
    BrokerPluginHost brokers;

    @Inject
    GatewayCrypto crypto;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /**
     * Starts a session for a broker that needs no login, until the next daily cut-off (or for ever,
     * with expiry disabled); a broker that needs one is left to its login.
     */
    public void startWithoutBrokerLogin(long userId) {
        if (brokers.activeLogin().isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Instant expiresAt = cutOffAfter(now);
        String brokerId = brokers.activePlugin().id();
        BrokerSessionRecord record = recordOf(userId, brokerId);
        record.establish(brokerId, now, expiresAt);
        sessions.save(record);
        states.put(userId, new State(brokerId, expiresAt, false, null));
    }

    /** Keeps the session a broker login opened: its token encrypted, its end the earlier of both expiries. */
    public void establish(long userId, BrokerSession opened) {
        Instant now = clock.instant();
        Instant cutOff = cutOffAfter(now);
        Instant expiresAt = cutOff != null && cutOff.isBefore(opened.expiresAt()) ? cutOff : opened.expiresAt();
        String brokerId = brokers.activePlugin().id();
        BrokerSessionRecord record = recordOf(userId, brokerId);
        record.establish(brokerId, now, expiresAt, opened.userId(), crypto.cipher().encrypt(opened.accessToken()));
        sessions.save(record);
        states.put(userId, new State(brokerId, expiresAt,
                false, new BrokerSession(opened.accessToken(), expiresAt, opened.userId())));
    }

    public boolean isLive(long userId) {
        State state = state(userId);
        if (state.isLive(clock.instant())) {
            return true;
        }
        endIfHoldingToken(userId, state);
        return false;
    }

    /** The users whose broker session is live now (D1: one at most, in practice), for background work. */
    public List<Long> usersWithLiveSession() {
        loadAll();
        Instant now = clock.instant();
        return states.entrySet().stream().filter(e -> e.getValue().isLive(now)).map(Map.Entry::getKey).sorted().toList();
    }

    /** When the session ends (null: not by the clock), and who the user is at the broker; for the dashboard. */
    public Optional<BrokerSessionRecord> record(long userId) {
        return sessions.findByUserId(userId);
    }

    @Override
    public Optional<BrokerSession> liveSession(String brokerId) {
        loadAll();
        Instant now = clock.instant();
        for (Map.Entry<Long, State> entry : states.entrySet()) {
            State state = entry.getValue();
            if (state.session() != null && state.brokerId().equals(brokerId)) {
                if (state.isLive(now)) {
                    return Optional.of(state.session());
                }
                endIfHoldingToken(entry.getKey(), state);
            }
        }
        return Optional.empty();
    }

    @Override
    public void revokeBrokerSession(long userId) {
        end(userId, state(userId));
    }

    /**
     * Ends the session, waiting a while for the broker's logout: the adapter that can log out is about
     * to be replaced (a broker switch).
     */
    public void revokeAndWait(long userId) {
        end(userId, state(userId)).ifPresent(logout -> {
            try {
                logout.get(LOGOUT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warning(() -> "The broker logout did not finish before the switch: " + e);
            }
        });
    }

    /**
     * Ends every session past its expiry that still holds a token; run each minute, so a token is
     * revoked at the broker near the cut-off even when no request comes by.
     */
    public int endExpiredSessions() {
        loadAll();
        Instant now = clock.instant();
        int ended = 0;
        for (Map.Entry<Long, State> entry : List.copyOf(states.entrySet())) {
            if (entry.getValue().session() != null && !entry.getValue().isLive(now)
                    && end(entry.getKey(), entry.getValue()).isPresent()) {
                ended++;
            }
        }
        return ended;
    }

    /** Forgets the in-memory copy (the test profile's reset); the database stays as it is. */
    public void forgetCachedState() {
        states.clear();
        allLoaded = false;
    }

    private void endIfHoldingToken(long userId, State state) {
        if (state.session() != null) {
            end(userId, state);
        }
    }

    /**
     * Marks the session ended, once: of concurrent callers, only the one that changes the state
     * writes the database and asks the broker to log out (in the background: a slow broker must not
     * hold up the request that noticed the expiry).
     */
    private Optional<Future<?>> end(long userId, State seen) {
        AtomicReference<State> endedHere = new AtomicReference<>();
        states.compute(userId, (id, current) -> {
            State now = current == null ? seen : current;
            if (now.revoked()) {
                return now;
            }
            endedHere.set(now);
            return now.ended();
        });
        State ended = endedHere.get();
        if (ended == null) {
            return Optional.empty();
        }
        sessions.findByUserId(userId).ifPresent(record -> {
            record.revoke(clock.instant());
            sessions.save(record);
        });
        if (ended.session() == null) {
            return Optional.empty();
        }
        return Optional.of(executor.submit(() -> logOutAtBroker(ended.brokerId(), ended.session())));
    }

    private void logOutAtBroker(String brokerId, BrokerSession session) {
        if (!brokerId.equals(brokers.activePlugin().id())) {
            LOG.warning(() -> "The session with " + brokerId + " ended, but that broker is no longer active,"
                    + " so it could not be logged out there; its token expires at the broker's own time");
            return;
        }
        try {
            Optional<BrokerLogin> login = brokers.activeLogin();
            if (login.isPresent()) {
                login.get().endSession(session);
                LOG.info(() -> "Broker session with " + brokerId + " ended at the broker");
            }
        } catch (BrokerException | RuntimeException e) {
            LOG.log(Level.WARNING, "The broker {0} did not confirm the logout: {1}",
                    new Object[] {brokerId, e.getMessage()});
        }
    }

    private State state(long userId) {
        return states.computeIfAbsent(userId, id -> sessions.findByUserId(id).map(this::stateOf).orElse(State.NONE));
    }

    private void loadAll() {
        if (!allLoaded) {
            sessions.findAll().forEach(record -> states.putIfAbsent(record.getUserId(), stateOf(record)));
            allLoaded = true;
        }
    }

    private State stateOf(BrokerSessionRecord record) {
        boolean revoked = record.getRevokedAt() != null;
        BrokerSession session = null;
        if (!revoked && record.getAccessTokenEncrypted() != null) {
            try {
                session = new BrokerSession(crypto.cipher().decrypt(record.getAccessTokenEncrypted()),
                        record.getExpiresAt() == null ? Instant.MAX : record.getExpiresAt(),
                        record.getBrokerUserId() == null ? "" : record.getBrokerUserId());
            } catch (RuntimeException e) {
                // A token under a key this installation no longer has: the user logs in to the broker again.
                LOG.warning(() -> "The stored broker token cannot be decrypted (" + e.getClass().getSimpleName()
                        + "); log in to the broker again");
                revoked = true;
            }
        }
        return new State(record.getBrokerId(), record.getExpiresAt(), revoked, session);
    }

    private BrokerSessionRecord recordOf(long userId, String brokerId) {
        return sessions.findByUserId(userId).orElseGet(() -> new BrokerSessionRecord(userId, brokerId));
    }

    private Instant cutOffAfter(Instant now) {
        return expiry.enabled() ? expiry.nextCutOff(now) : null;
    }
}
