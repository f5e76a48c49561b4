package io.algogate.gateway.infrastructure.crypto;

import com.macasaet.fernet.Key;
import com.macasaet.fernet.Token;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Encrypts secrets at rest as Fernet tokens (AES-128-CBC + HMAC-SHA256, OpenAlgo's format) under a
 * key derived with PBKDF2-HMAC-SHA256 (D13). A stored value reads {@code <keyId>:<iterations>:<token>}.
 *
 * <p>A key ring: new values are encrypted under the current key, while values under any configured
 * previous key still decrypt, found by the key id in their envelope. So keys rotate without downtime:
 * configure the new key, keep the old one as previous, re-encrypt ({@code SecretRotationService}),
 * then drop the old one.
 */
public final class SecretCipher {

    /** ASVS 5's figure for PBKDF2-HMAC-SHA256, six times OpenAlgo's 100,000. */
    public static final int ITERATIONS = 600_000;

    /**
     * Envelopes claiming more iterations are refused before deriving anything: a corrupt or forged row
     * must not make the gateway spend minutes in PBKDF2.
     */
    static final int MAX_ENVELOPE_ITERATIONS = 10 * ITERATIONS;

    private final SecureRandom random = new SecureRandom();
    private final KeyDerivations derivations;
    private final List<KeyMaterial> ring;
    private final int iterations;
    private final Key currentKey;
    private final String currentKeyId;
    /** Keys by id, per iteration count; filled for this cipher's count at once, others on demand. */
    private final Map<Integer, Map<String, Key>> keysByIterations = new ConcurrentHashMap<>();

    /** A cipher with no previous keys. */
    public SecretCipher(String keyMaterial, byte[] salt, int iterations) {
        this(new KeyMaterial(keyMaterial, salt), List.of(), iterations);
    }

    public SecretCipher(KeyMaterial current, List<KeyMaterial> previous, int iterations) {
        this(current, previous, iterations, KeyDerivations.SHARED);
    }

    SecretCipher(KeyMaterial current, List<KeyMaterial> previous, int iterations, KeyDerivations derivations) {
        this.derivations = derivations;
        this.iterations = iterations;
        this.ring = concat(current, previous);
        byte[] derived = derivations.derive(current.material(), current.salt(), iterations);
        this.currentKey = new Key(derived);
        this.currentKeyId = keyIdOf(derived);
        keysAt(iterations);
    }

    /** The current key's id: a fingerprint of the derived key, which reveals nothing about it. */
    public String keyId() {
        return currentKeyId;
    }

    public String encrypt(String plaintext) {
        return currentKeyId + ":" + iterations + ":" + Token.generate(random, currentKey, plaintext).serialise();
    }

    /** Decrypts a value stored under the current key or any configured previous key. */
    public String decrypt(String stored) {
        Envelope envelope = Envelope.parse(stored);
        Key key = keyFor(envelope);
        return Token.fromString(envelope.token()).validateAndDecrypt(key, AtRestTokens.NO_TIME_LIMITS);
    }

    /** Whether the value was encrypted under the current key with the current iteration count. */
    public boolean isUnderCurrentKey(String stored) {
        Envelope envelope = Envelope.parse(stored);
        return envelope.keyId().equals(currentKeyId) && envelope.iterations() == iterations;
    }

    /**
     * The value re-encrypted under the current key, or empty when it already is under it.
     *
     * @throws UnknownEncryptionKeyException when its key is not in the ring
     */
    public Optional<String> reencrypt(String stored) {
        return isUnderCurrentKey(stored) ? Optional.empty() : Optional.of(encrypt(decrypt(stored)));
    }

    private Key keyFor(Envelope envelope) {
        if (envelope.iterations() < 1 || envelope.iterations() > MAX_ENVELOPE_ITERATIONS) {
            throw new IllegalStateException("A stored secret under key '" + envelope.keyId() + "' claims "
                    + envelope.iterations() + " PBKDF2 iterations, outside 1.." + MAX_ENVELOPE_ITERATIONS);
        }
        Key key = keysAt(envelope.iterations()).get(envelope.keyId());
        if (key == null) {
            throw new UnknownEncryptionKeyException(envelope.keyId(), currentKeyId);
        }
        return key;
    }

    /** Every ring key derived at that iteration count (a key's id depends on it), derived once. */
    private Map<String, Key> keysAt(int count) {
        return keysByIterations.computeIfAbsent(count, c -> {
            Map<String, Key> keys = new ConcurrentHashMap<>();
            for (KeyMaterial material : ring) {
                byte[] derived = derivations.derive(material.material(), material.salt(), c);
                keys.putIfAbsent(keyIdOf(derived), new Key(derived));
            }
            return Collections.unmodifiableMap(keys);
        });
    }

    /** A fingerprint, not the key: tells which key made a ciphertext without revealing it. */
    private static String keyIdOf(byte[] derived) {
        return Digests.sha256Hex(HexFormat.of().formatHex(derived)).substring(0, 8);
    }

    private static List<KeyMaterial> concat(KeyMaterial current, List<KeyMaterial> previous) {
        ArrayList<KeyMaterial> all = new ArrayList<>(previous.size() + 1);
        all.add(current);
        all.addAll(previous);
        return List.copyOf(all);
    }

    /** {@code <keyId>:<iterations>:<token>}; a malformed value is described, never echoed. */
    private record Envelope(String keyId, int iterations, String token) {
        static Envelope parse(String stored) {
            String[] parts = stored == null ? new String[0] : stored.split(":", 3);
            if (parts.length != 3) {
                throw new IllegalStateException("A stored secret is not in the <keyId>:<iterations>:<token> form");
            }
            try {
                return new Envelope(parts[0], Integer.parseInt(parts[1]), parts[2]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("A stored secret under key '" + parts[0]
                        + "' has no whole iteration count", e);
            }
        }
    }
}
