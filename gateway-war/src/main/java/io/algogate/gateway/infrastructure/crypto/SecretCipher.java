package io.algogate.gateway.infrastructure.crypto;

import com.macasaet.fernet.Key;
import com.macasaet.fernet.StringValidator;
import com.macasaet.fernet.Token;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.temporal.TemporalAmount;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Encrypts secrets at rest as Fernet tokens (AES-128-CBC + HMAC-SHA256, OpenAlgo's format) under a
 * key derived once with PBKDF2-HMAC-SHA256 (D13). A stored value reads
 * {@code <keyId>:<iterations>:<token>}, so a later key rotation knows which key made it.
 */
public final class SecretCipher {

    /** ASVS 5's figure for PBKDF2-HMAC-SHA256, six times OpenAlgo's 100,000. */
    public static final int ITERATIONS = 600_000;

    /** At-rest tokens never expire; fernet-java8's default time-to-live is 60 s. */
    private static final StringValidator NO_TIME_TO_LIVE = new StringValidator() {
        @Override
        public TemporalAmount getTimeToLive() {
            return Duration.ofDays(365L * 1000);
        }
    };

    private final SecureRandom random = new SecureRandom();
    private final Key key;
    private final String keyId;
    private final int iterations;

    public SecretCipher(String keyMaterial, byte[] salt, int iterations) {
        this.iterations = iterations;
        byte[] derived = deriveKey(keyMaterial, salt, iterations);
        this.key = new Key(derived);
        // A fingerprint, not the key: tells which key made a ciphertext without revealing it.
        this.keyId = Digests.sha256Hex(HexFormat.of().formatHex(derived)).substring(0, 8);
    }

    public String keyId() {
        return keyId;
    }

    public String encrypt(String plaintext) {
        return keyId + ":" + iterations + ":" + Token.generate(random, key, plaintext).serialise();
    }

    public String decrypt(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(keyId)) {
            throw new IllegalStateException("A stored secret was encrypted under key '" + (parts.length == 3
                    ? parts[0] : "?") + "', which is not the current key '" + keyId + "'");
        }
        return Token.fromString(parts[2]).validateAndDecrypt(key, NO_TIME_TO_LIVE);
    }

    /** PBKDF2-HMAC-SHA256 to 32 bytes: Fernet's signing key then its encryption key. */
    static byte[] deriveKey(String keyMaterial, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(keyMaterial.toCharArray(), salt, iterations, 256);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
        }
    }
}
