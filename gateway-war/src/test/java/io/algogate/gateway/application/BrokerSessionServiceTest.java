package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerLogin;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.BrokerSession;
import io.algogate.broker.spi.LoginMethod;
import io.algogate.broker.spi.OAuthRedirect;
import io.algogate.gateway.domain.BrokerSessionRecord;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import io.algogate.gateway.support.DirectManagedExecutor;
import io.algogate.gateway.support.InMemoryBrokerSessions;
import io.algogate.gateway.support.MutableClock;
import io.algogate.security.filters.SessionExpiryPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Broker sessions: the token kept encrypted and handed to the plugin while live, the earlier of the
 * broker's expiry and the daily cut-off, and a session ended exactly once, with the broker's logout.
 */
class BrokerSessionServiceTest {

    /** 10:30 in India on 4 December: the cut-off is 03:00 IST on the 5th (21:30 UTC on the 4th). */
    private static final Instant MORNING = Instant.parse("2026-12-04T05:00:00Z");
    private static final Instant CUT_OFF = Instant.parse("2026-12-04T21:30:00Z");
    private static final SecretCipher CIPHER = new SecretCipher("k".repeat(40),
            "0123456789abcdef".getBytes(StandardCharsets.US_ASCII), 1_000);
    private static final long USER = 1L;

    private final MutableClock clock = new MutableClock(MORNING);
    private final InMemoryBrokerSessions records = new InMemoryBrokerSessions();
    private final RecordingLogin login = new RecordingLogin();
    private final FakeHost host = new FakeHost();
    private BrokerSessionService service;

    @BeforeEach
    void wire() {
        service = newService();
    }

    private BrokerSessionService newService() {
        BrokerSessionService fresh = new BrokerSessionService();
        fresh.sessions = records;
        fresh.expiry = SessionExpiryPolicy.defaults();
        fresh.brokers = host;
        fresh.crypto = new GatewayCrypto(null, null, CIPHER);
        fresh.clock = clock;
        fresh.executor = DirectManagedExecutor.create();
        return fresh;
    }

    private static BrokerSession kiteSession(Instant expiresAt) {
        return new BrokerSession("kite-access-token", expiresAt, "AB1234");
    }

    @Test
    void theTokenIsStoredEncryptedAndHandedToItsOwnBrokerOnly() {
        service.establish(USER, kiteSession(Instant.parse("2026-12-05T00:30:00Z")));

        BrokerSessionRecord stored = records.findByUserId(USER).orElseThrow();
        assertNotEquals("kite-access-token", stored.getAccessTokenEncrypted());
        assertEquals("kite-access-token", CIPHER.decrypt(stored.getAccessTokenEncrypted()));
        assertEquals("AB1234", stored.getBrokerUserId());
        assertEquals(Optional.of("kite-access-token"), service.liveSession("kite").map(BrokerSession::accessToken));
        assertEquals(Optional.empty(), service.liveSession("sandbox"));
    }

    @Test
    void theSessionEndsAtTheDailyCutOffWhenTheBrokersExpiryIsLater() {
        // Kite's tokens last until 06:00 IST; the gateway's cut-off at 03:00 IST comes first.
        service.establish(USER, kiteSession(Instant.parse("2026-12-05T00:30:00Z")));

        assertEquals(CUT_OFF, service.liveSession("kite").orElseThrow().expiresAt());
        clock.advance(Duration.between(MORNING, CUT_OFF).minusSeconds(1));
        assertTrue(service.isLive(USER));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(service.isLive(USER));
    }

    @Test
    void anEarlierBrokerExpiryWins() {
        Instant early = MORNING.plus(Duration.ofHours(2));
        service.establish(USER, kiteSession(early));

        clock.advance(Duration.ofHours(2));

        assertFalse(service.isLive(USER));
        assertEquals(Optional.empty(), service.liveSession("kite"));
    }

    @Test
    void anExpiredSessionIsLoggedOutAtTheBrokerOnceAndItsTokenForgotten() {
        service.establish(USER, kiteSession(Instant.parse("2026-12-05T00:30:00Z")));
        clock.advance(Duration.between(MORNING, CUT_OFF));

        assertFalse(service.isLive(USER));
        assertFalse(service.isLive(USER));
        assertEquals(0, service.endExpiredSessions(), "already ended by the request that noticed");

        assertEquals(List.of("kite-access-token"), login.endedTokens);
        BrokerSessionRecord stored = records.findByUserId(USER).orElseThrow();
        assertNull(stored.getAccessTokenEncrypted());
        assertEquals(CUT_OFF, stored.getRevokedAt());
    }

    @Test
    void theSweepEndsSessionsNobodyAskedAbout() {
        service.establish(USER, kiteSession(Instant.parse("2026-12-05T00:30:00Z")));
        assertEquals(0, service.endExpiredSessions(), "still live");

        clock.advance(Duration.ofDays(1));

        assertEquals(1, service.endExpiredSessions());
        assertEquals(List.of("kite-access-token"), login.endedTokens);
    }

    @Test
    void aRestartedGatewayReadsTheSessionBackAndStillEndsItAtTheBroker() {
        service.establish(USER, kiteSession(Instant.parse("2026-12-05T00:30:00Z")));

        BrokerSessionService afterRestart = newService();
        assertEquals(Optional.of("kite-access-token"), afterRestart.liveSession("kite").map(BrokerSession::accessToken));
        clock.advance(Duration.ofDays(1));

        assertEquals(1, afterRestart.endExpiredSessions());
        assertEquals(List.of("kite-access-token"), login.endedTokens);
    }

    @Test
    void aFailingLogoutStillEndsTheSessionHere() {
        login.failLogout = true;
        service.establish(USER, kiteSession(Instant.parse("2026-12-05T00:30:00Z")));

        service.revokeBrokerSession(USER);

        assertFalse(service.isLive(USER));
        assertEquals(Optional.empty(), service.liveSession("kite"));
        assertNull(records.findByUserId(USER).orElseThrow().getAccessTokenEncrypted());
    }

    @Test
    void concurrentRequestsAfterTheCutOffEndTheSessionOnce() throws Exception {
        service.establish(USER, kiteSession(Instant.parse("2026-12-05T00:30:00Z")));
        clock.advance(Duration.ofDays(1));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(callers.submit(() -> {
                start.await();
                return service.isLive(USER);
            }));
        }

        start.countDown();
        for (Future<Boolean> answer : answers) {
            assertFalse(answer.get(10, TimeUnit.SECONDS));
        }
        callers.shutdown();

        assertEquals(1, login.endedTokens.size());
    }

    @Test
    void aBrokerWithALoginGetsNoSessionFromTheDashboardLogin() {
        service.startWithoutBrokerLogin(USER);

        assertFalse(service.isLive(USER));

        host.loginNeeded = false;
        service.startWithoutBrokerLogin(USER);
        assertTrue(service.isLive(USER));
    }

    /** The host with one active plugin, "kite", whose login is {@link #login} unless switched off. */
    private final class FakeHost extends BrokerPluginHost {
        volatile boolean loginNeeded = true;

        @Override
        public BrokerPlugin activePlugin() {
            return new BrokerPlugin() {
                @Override
                public String id() {
                    return "kite";
                }

                @Override
                public String displayName() {
                    return "Kite";
                }

                @Override
                public String version() {
                    return "1";
                }

                @Override
                public BrokerAdapter create(BrokerContext context) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public Optional<BrokerLogin> activeLogin() {
            return loginNeeded ? Optional.of(login) : Optional.empty();
        }
    }

    /** Records each logout; may refuse it. */
    private static final class RecordingLogin implements BrokerLogin {
        final List<String> endedTokens = new CopyOnWriteArrayList<>();
        volatile boolean failLogout;

        @Override
        public LoginMethod loginMethod() {
            return new OAuthRedirect("https://broker.example/login");
        }

        @Override
        public void endSession(BrokerSession session) throws BrokerException {
            endedTokens.add(session.accessToken());
            if (failLogout) {
                throw new BrokerException(BrokerException.Reason.UNAVAILABLE, "broker down");
            }
        }
    }
}
