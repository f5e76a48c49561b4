package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.BcryptFunction;
import com.password4j.types.Bcrypt;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.infrastructure.cache.ApiKeyVerificationCache;
import io.algogate.gateway.infrastructure.crypto.Argon2Parameters;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.crypto.GatewaySecrets;
import io.algogate.gateway.infrastructure.crypto.PasswordHasher;
import io.algogate.gateway.infrastructure.crypto.VerificationBusyException;
import io.algogate.gateway.infrastructure.crypto.VerificationGate;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.gateway.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login, hash upgrades and password change over in-memory fakes, with fast Argon2 parameters. */
class AccountServiceTest {

    private static final String PEPPER = "p".repeat(32) + "-pepper-for-tests";
    private static final Argon2Parameters CONFIGURED = new Argon2Parameters(2_048, 2, 1);
    private static final String PASSWORD = "Secret#123";
    private static final String IP = "10.0.0.1";
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    private final InMemoryUsers users = new InMemoryUsers();
    private final List<SecurityEvent.Type> events = new ArrayList<>();
    private final List<Long> brokerSessionsEstablished = new ArrayList<>();
    private final ActiveSessionRegistry sessions = new ActiveSessionRegistry();
    private final ApiKeyVerificationCache apiKeyVerdicts = new ApiKeyVerificationCache(new MutableClock(NOW));
    private final VerificationGate gate = new VerificationGate(1, Duration.ofMillis(50));
    private final PasswordHasher hasher = new PasswordHasher(PEPPER, CONFIGURED, gate);
    private final AccountService accounts = new AccountService();
    private ExecutorService holder;

    @BeforeEach
    void wire() {
        accounts.users = users;
        accounts.crypto = new GatewayCrypto(new GatewaySecrets(PEPPER, "k".repeat(32), new byte[16], false),
                hasher, null);
        accounts.events = new SecurityEventLog() {
            @Override
            public void record(SecurityEvent.Type type, String username, String clientIp) {
                events.add(type);
            }
        };
        accounts.brokerSessions = new BrokerSessionService() {
            @Override
            public void startWithoutBrokerLogin(long userId) {
                brokerSessionsEstablished.add(userId);
            }
        };
        accounts.sessions = sessions;
        accounts.apiKeyVerdicts = apiKeyVerdicts;
    }

    @AfterEach
    void stopHolder() {
        if (holder != null) {
            holder.shutdownNow();
        }
    }

    private long adminWithHash(String passwordHash) {
        return users.add(new UserAccount("admin", "admin@example.com", passwordHash, true, NOW)).getId();
    }

    @Test
    void anUnknownUserAndAWrongPasswordEachCostExactlyOneVerificationAndLookAlike() {
        adminWithHash(hasher.hash(PASSWORD));

        long before = hasher.verifications();
        Optional<UserAccount> unknown = accounts.authenticate("nobody", PASSWORD, IP);
        assertEquals(1, hasher.verifications() - before, "unknown username: one verification");

        before = hasher.verifications();
        Optional<UserAccount> wrong = accounts.authenticate("admin", "Wrong#1234", IP);
        assertEquals(1, hasher.verifications() - before, "wrong password: one verification");

        assertEquals(Optional.empty(), unknown);
        assertEquals(unknown, wrong);
        assertEquals(List.of(SecurityEvent.Type.LOGIN_FAILED, SecurityEvent.Type.LOGIN_FAILED), events);
        assertEquals(List.of(), brokerSessionsEstablished);
    }

    @Test
    void aSuccessfulLoginWithCurrentParametersKeepsTheHash() {
        String hash = hasher.hash(PASSWORD);
        long id = adminWithHash(hash);

        assertTrue(accounts.authenticate("admin", PASSWORD, IP).isPresent());

        assertEquals(hash, users.storedHash(id));
        assertEquals(List.of(), brokerSessionsEstablished, "the password alone does not start the broker session");
        accounts.completeLogin(id);
        assertEquals(List.of(id), brokerSessionsEstablished);
    }

    @Test
    void aSuccessfulLoginReplacesAHashMadeWithWeakerParameters() {
        String weak = new PasswordHasher(PEPPER, 1_024, 1, 1).hash(PASSWORD);
        long id = adminWithHash(weak);
        assertTrue(hasher.needsRehash(weak));

        assertTrue(accounts.authenticate("admin", PASSWORD, IP).isPresent());

        String upgraded = users.storedHash(id);
        assertTrue(upgraded.startsWith("$argon2id$v=19$m=2048,t=2,p=1$"), upgraded);
        assertFalse(hasher.needsRehash(upgraded));
        assertTrue(accounts.authenticate("admin", PASSWORD, IP).isPresent(), "the new hash verifies");
    }

    @Test
    void aFailedLoginNeverTouchesTheHash() {
        String weak = new PasswordHasher(PEPPER, 1_024, 1, 1).hash(PASSWORD);
        long id = adminWithHash(weak);

        assertTrue(accounts.authenticate("admin", "Wrong#1234", IP).isEmpty());

        assertEquals(weak, users.storedHash(id));
    }

    @Test
    void aLegacyBcryptHashVerifiesOnceAndIsReplacedByArgon2id() {
        String legacy = BcryptFunction.getInstance(Bcrypt.B, 4).hash(PASSWORD + PEPPER).getResult();
        long id = adminWithHash(legacy);

        long before = hasher.verifications();
        assertTrue(accounts.authenticate("admin", PASSWORD, IP).isPresent());
        assertEquals(1, hasher.verifications() - before);

        String replaced = users.storedHash(id);
        assertTrue(replaced.startsWith("$argon2id$v=19$m=2048,t=2,p=1$"), replaced);
        assertTrue(accounts.authenticate("admin", PASSWORD, IP).isPresent());
        assertTrue(accounts.authenticate("admin", "Wrong#1234", IP).isEmpty());
    }

    @Test
    void aLoginWhileEveryHashingSlotIsHeldIsRefusedAsBusy() throws Exception {
        adminWithHash(hasher.hash(PASSWORD));
        CountDownLatch release = holdTheOnlySlot();
        try {
            VerificationBusyException busy = assertThrows(VerificationBusyException.class,
                    () -> accounts.authenticate("admin", PASSWORD, IP));
            assertEquals(1, busy.retryAfterSeconds());
        } finally {
            release.countDown();
        }
        assertEquals(List.of(), brokerSessionsEstablished);
    }

    @Test
    void changingThePasswordEndsOtherSessionsAndForgetsTheUsersCachedKeys() {
        long id = adminWithHash(hasher.hash(PASSWORD));
        sessions.register(id, "laptop", "Laptop", "10.0.0.1", NOW);
        sessions.register(id, "phone", "Phone", "10.0.0.2", NOW);
        sessions.register(id, "tablet", "Tablet", "10.0.0.3", NOW);
        apiKeyVerdicts.rememberValid("key-of-admin", id);
        apiKeyVerdicts.rememberValid("key-of-someone-else", id + 1);

        long before = hasher.verifications();
        List<String> ended = accounts.changePassword(id, PASSWORD, "Better#456", "phone");

        assertEquals(1, hasher.verifications() - before, "one verification of the current password");
        assertEquals(List.of("laptop", "tablet"), ended);
        assertTrue(sessions.isRegistered("phone"));
        assertFalse(sessions.isRegistered("laptop"));
        assertEquals(Optional.empty(), apiKeyVerdicts.lookup("key-of-admin"));
        assertEquals(Optional.of(new ApiKeyVerificationCache.Valid(id + 1)),
                apiKeyVerdicts.lookup("key-of-someone-else"));
        assertTrue(accounts.authenticate("admin", "Better#456", IP).isPresent());
        assertTrue(accounts.authenticate("admin", PASSWORD, IP).isEmpty());
        assertTrue(events.contains(SecurityEvent.Type.PASSWORD_CHANGED));
    }

    @Test
    void aWrongCurrentPasswordOrAWeakReplacementChangesNothing() {
        String hash = hasher.hash(PASSWORD);
        long id = adminWithHash(hash);
        sessions.register(id, "laptop", "Laptop", "10.0.0.1", NOW);
        sessions.register(id, "phone", "Phone", "10.0.0.2", NOW);

        InvalidInputException wrongCurrent = assertThrows(InvalidInputException.class,
                () -> accounts.changePassword(id, "Wrong#1234", "Better#456", "phone"));
        assertEquals(Map.of("currentPassword", "Current password is incorrect"), wrongCurrent.fieldErrors());

        InvalidInputException weak = assertThrows(InvalidInputException.class,
                () -> accounts.changePassword(id, PASSWORD, "weak", "phone"));
        assertEquals(Map.of("newPassword", "Password must be at least 8 characters long"), weak.fieldErrors());

        assertEquals(hash, users.storedHash(id));
        assertTrue(sessions.isRegistered("laptop"));
        assertTrue(events.contains(SecurityEvent.Type.PASSWORD_CHANGE_FAILED));
    }

    @Test
    void theNewPasswordIsStoredWithTheConfiguredParameters() {
        long id = adminWithHash(new PasswordHasher(PEPPER, 1_024, 1, 1).hash(PASSWORD));
        accounts.changePassword(id, PASSWORD, "Better#456", "phone");
        assertNotEquals(PASSWORD, users.storedHash(id));
        assertFalse(hasher.needsRehash(users.storedHash(id)));
    }

    /** Occupies the gate's single slot from another thread until the returned latch is released. */
    private CountDownLatch holdTheOnlySlot() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        holder = Executors.newSingleThreadExecutor();
        holder.submit(() -> gate.run(() -> {
            holding.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        return release;
    }
}
