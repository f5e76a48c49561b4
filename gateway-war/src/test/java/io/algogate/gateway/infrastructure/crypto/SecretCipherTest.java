package io.algogate.gateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLD_SALT = "fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    // Few iterations keep the test fast; the production count is a constant checked below.
    private static final int FEW = 1_000;
    private static final SecretCipher CIPHER = new SecretCipher("k".repeat(40), SALT, FEW);
    private static final KeyMaterial OLD_KEY = new KeyMaterial("o".repeat(40), OLD_SALT);
    private static final SecretCipher OLD = new SecretCipher(OLD_KEY, List.of(), FEW);
    private static final SecretCipher RING =
            new SecretCipher(new KeyMaterial("k".repeat(40), SALT), List.of(OLD_KEY), FEW);

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
        SecretCipher other = new SecretCipher("z".repeat(40), SALT, FEW);
        String stored = other.encrypt("the-plaintext");
        UnknownEncryptionKeyException e = assertThrows(UnknownEncryptionKeyException.class, () -> CIPHER.decrypt(stored));
        assertEquals(other.keyId(), e.keyId());
        assertTrue(e.getMessage().contains(other.keyId()));
        assertFalse(e.getMessage().contains(stored.substring(stored.lastIndexOf(':') + 1)), "never the value");
        assertFalse(e.getMessage().contains("the-plaintext"));
    }

    @Test
    void theRingEncryptsUnderTheCurrentKeyAndDecryptsUnderPreviousOnes() {
        assertEquals(CIPHER.keyId(), RING.keyId(), "the current key decides the id");
        assertEquals("written-before-rotation", RING.decrypt(OLD.encrypt("written-before-rotation")));
        assertEquals("written-now", CIPHER.decrypt(RING.encrypt("written-now")));
    }

    @Test
    void reencryptMovesOldValuesToTheCurrentKeyAndLeavesCurrentOnesAlone() {
        String underOld = OLD.encrypt("api-key");
        assertFalse(RING.isUnderCurrentKey(underOld));
        String moved = RING.reencrypt(underOld).orElseThrow();
        assertTrue(RING.isUnderCurrentKey(moved));
        assertEquals("api-key", CIPHER.decrypt(moved));
        assertEquals(Optional.empty(), RING.reencrypt(moved));
    }

    @Test
    void aValueDerivedWithAnotherIterationCountStillDecryptsAndIsRotated() {
        SecretCipher fewer = new SecretCipher(new KeyMaterial("k".repeat(40), SALT), List.of(), 500);
        String underFewer = fewer.encrypt("older-policy");
        assertEquals("older-policy", RING.decrypt(underFewer));
        assertFalse(RING.isUnderCurrentKey(underFewer), "same material, weaker derivation: rotate it");
        assertTrue(RING.reencrypt(underFewer).orElseThrow().startsWith(RING.keyId() + ":1000:"));
    }

    @Test
    void malformedOrAbsurdEnvelopesAreRefusedWithoutEchoingThem() {
        IllegalStateException noEnvelope = assertThrows(IllegalStateException.class, () -> CIPHER.decrypt("gAAAAAsecret"));
        assertFalse(noEnvelope.getMessage().contains("gAAAAAsecret"));
        assertThrows(IllegalStateException.class, () -> CIPHER.decrypt("abcd1234:many:gAAAAA"));
        String token = CIPHER.encrypt("x").split(":", 3)[2];
        String huge = CIPHER.keyId() + ":" + (SecretCipher.MAX_ENVELOPE_ITERATIONS + 1) + ":" + token;
        IllegalStateException tooMany = assertThrows(IllegalStateException.class, () -> CIPHER.decrypt(huge));
        assertTrue(tooMany.getMessage().contains("iterations"));
    }

    @Test
    void previousKeysParseFromTheSettingAndErrorsNameThePositionNotTheValue() {
        String salt1 = "00112233445566778899aabbccddeeff";
        String salt2 = "ffeeddccbbaa99887766554433221100";
        List<KeyMaterial> keys = KeyMaterial.parseList(" first@secret@" + salt1 + " , second-material@" + salt2,
                "algogate.security.encryption-key.previous");
        assertEquals(2, keys.size());
        assertEquals("first@secret", keys.get(0).material(), "the last @ splits, so material may contain @");
        assertEquals("second-material", keys.get(1).material());
        assertEquals(16, keys.get(1).salt().length);
        assertTrue(KeyMaterial.parseList("", "x").isEmpty());
        assertTrue(KeyMaterial.parseList(null, "x").isEmpty());

        IllegalStateException noSalt = assertThrows(IllegalStateException.class,
                () -> KeyMaterial.parseList("ok@" + salt1 + ",hunter2-material", "prev"));
        assertTrue(noSalt.getMessage().contains("entry 2 of prev"), noSalt.getMessage());
        assertFalse(noSalt.getMessage().contains("hunter2"));
        IllegalStateException badSalt = assertThrows(IllegalStateException.class,
                () -> KeyMaterial.parseList("hunter2-material@nothex", "prev"));
        assertFalse(badSalt.getMessage().contains("hunter2"));
        assertFalse(keys.get(0).toString().contains("first"));
    }

    @Test
    void productionUsesAsvsIterationCount() {
        assertEquals(600_000, SecretCipher.ITERATIONS);
    }
}
