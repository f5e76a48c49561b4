package io.algogate.gateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final String PEPPER = "p".repeat(32) + "-pepper-for-tests";

    @Test
    void hashAndVerifyRoundTripWithThePepper() {
        PasswordHasher hasher = new PasswordHasher(PEPPER);
        String hash = hasher.hash("Secret#123");

        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hasher.verify("Secret#123", hash));
        assertFalse(hasher.verify("Secret#124", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        PasswordHasher hasher = new PasswordHasher(PEPPER);
        assertNotEquals(hasher.hash("Secret#123"), hasher.hash("Secret#123"));
    }

    @Test
    void aWrongPepperFails() {
        String hash = new PasswordHasher(PEPPER).hash("Secret#123");
        assertFalse(new PasswordHasher("another-pepper-of-at-least-32-characters").verify("Secret#123", hash));
    }

    @Test
    void verificationReadsTheParametersStoredInTheHash() {
        String weaker = new PasswordHasher(PEPPER, 8_192, 1, 1).hash("Secret#123");
        assertTrue(weaker.contains("m=8192,t=1,p=1"), weaker);
        assertTrue(new PasswordHasher(PEPPER).verify("Secret#123", weaker));
    }

    @Test
    void somethingThatIsNotAnArgon2HashNeverVerifies() {
        PasswordHasher hasher = new PasswordHasher(PEPPER);
        assertFalse(hasher.verify("Secret#123", null));
        assertFalse(hasher.verify("Secret#123", "Secret#123"));
    }
}
