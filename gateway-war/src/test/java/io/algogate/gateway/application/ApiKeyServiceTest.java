package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.infrastructure.cache.ApiKeyVerificationCache;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.crypto.GatewaySecrets;
import io.algogate.gateway.infrastructure.crypto.PasswordHasher;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import io.algogate.gateway.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {

    private static final String PEPPER = "p".repeat(40);
    private final InMemoryApiKeys keys = new InMemoryApiKeys();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final PasswordHasher hasher = new PasswordHasher(PEPPER, 8_192, 1, 1);
    private final ApiKeyService service = new ApiKeyService();

    @BeforeEach
    void wire() {
        service.keys = keys;
        service.crypto = new GatewayCrypto(new GatewaySecrets(PEPPER, "k".repeat(32), new byte[16], false), hasher,
                new SecretCipher("k".repeat(40), "0123456789abcdef".getBytes(StandardCharsets.US_ASCII), 1_000));
        service.cache = new ApiKeyVerificationCache(clock);
        service.clock = clock;
    }

    @Test
    void lookupRunsOneArgon2VerificationWhateverTheNumberOfStoredKeys() {
        String wanted = null;
        for (long user = 1; user <= 50; user++) {
            String key = service.issueKey(user);
            if (user == 37) {
                wanted = key;
            }
        }
        long before = hasher.verifications();
        assertEquals(Optional.of(37L), service.userOf(wanted));
        assertEquals(1, hasher.verifications() - before, "one verification, not one per stored key");
        assertEquals(Optional.of(37L), service.userOf(wanted));
        assertEquals(1, hasher.verifications() - before, "the second check is answered from the cache");
        assertEquals(Optional.empty(), service.userOf("0".repeat(64)));
        assertEquals(1, hasher.verifications() - before, "an unknown key finds no row: no Argon2 work");
    }

    @Test
    void regenerationRefusesTheOldKeyAtTheNextCheckEvenWhenItWasCached() {
        String old = service.issueKey(7);
        assertEquals(Optional.of(7L), service.userOf(old), "cached as valid");

        String fresh = service.regenerate(7);

        assertNotEquals(old, fresh);
        assertTrue(fresh.matches("[0-9a-f]{64}"));
        assertEquals(Optional.empty(), service.userOf(old));
        assertEquals(Optional.of(7L), service.userOf(fresh));
    }

    @Test
    void pagesGetTheKeyMaskedOnly() {
        String key = service.issueKey(3);
        String masked = service.maskedKey(3).orElseThrow();
        assertEquals(key.substring(0, 4) + "********", masked);
        assertFalse(masked.contains(key.substring(4, 12)));
    }
}
