package io.algogate.gateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    // Few iterations keep the test fast; the production count is a constant checked below.
    private static final SecretCipher CIPHER = new SecretCipher("k".repeat(40), SALT, 1_000);

    @Test
    void encryptsToAnEnvelopeNamingKeyAndIterationsAndDecryptsBack() {
        String stored = CIPHER.encrypt("broker-token-123");
        assertTrue(stored.startsWith(CIPHER.keyId() + ":1000:gAAAAA"), stored);
        assertFalse(stored.contains("broker-token-123"));
        assertEquals("broker-token-123", CIPHER.decrypt(stored));
        assertNotEquals(stored, CIPHER.encrypt("broker-token-123"), "fresh IV per encryption");
    }

    @Test
    void aCiphertextFromAnotherKeyIsRefusedByName() {
        SecretCipher other = new SecretCipher("z".repeat(40), SALT, 1_000);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CIPHER.decrypt(other.encrypt("x")));
        assertTrue(e.getMessage().contains(other.keyId()));
    }

    @Test
    void productionUsesAsvsIterationCount() {
        assertEquals(600_000, SecretCipher.ITERATIONS);
    }
}
