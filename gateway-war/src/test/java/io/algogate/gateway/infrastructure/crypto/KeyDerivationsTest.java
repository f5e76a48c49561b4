package io.algogate.gateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyDerivationsTest {

    private static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_SALT = "fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    @Test
    void derivesEachMaterialSaltAndIterationCountOnce() {
        KeyDerivations derivations = new KeyDerivations();
        byte[] first = derivations.derive("m".repeat(40), SALT, 1_000);
        byte[] again = derivations.derive("m".repeat(40), SALT.clone(), 1_000);
        assertArrayEquals(first, again);
        assertEquals(1, derivations.count());

        derivations.derive("m".repeat(40), OTHER_SALT, 1_000);
        derivations.derive("m".repeat(40), SALT, 1_001);
        derivations.derive("n".repeat(40), SALT, 1_000);
        assertEquals(4, derivations.count(), "a different salt, count or material is a different key");
    }

    @Test
    void handsOutCopiesSoACallerCannotSpoilTheCache() {
        KeyDerivations derivations = new KeyDerivations();
        byte[] first = derivations.derive("m".repeat(40), SALT, 1_000);
        Arrays.fill(first, (byte) 0);
        assertFalse(Arrays.equals(first, derivations.derive("m".repeat(40), SALT, 1_000)));
    }

    @Test
    void cipherOperationsNeverDeriveAgain() {
        KeyDerivations derivations = new KeyDerivations();
        KeyMaterial current = new KeyMaterial("c".repeat(40), SALT);
        KeyMaterial previous = new KeyMaterial("p".repeat(40), OTHER_SALT);
        SecretCipher old = new SecretCipher(previous, List.of(), 1_000, derivations);
        SecretCipher ring = new SecretCipher(current, List.of(previous), 1_000, derivations);
        long afterConstruction = derivations.count();
        assertEquals(2, afterConstruction, "one per distinct key, shared between the two ciphers");

        String underOld = old.encrypt("secret");
        for (int i = 0; i < 5; i++) {
            ring.decrypt(underOld);
            ring.decrypt(ring.encrypt("secret"));
            ring.reencrypt(underOld);
        }
        assertEquals(afterConstruction, derivations.count());
    }
}
