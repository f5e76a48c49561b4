package io.algogate.gateway.infrastructure.crypto;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 derivations, each run once per (material, salt, iterations) and then remembered
 * (D13): at 600,000 iterations a derivation costs a noticeable fraction of a second, which a per-call
 * derivation would spend on every decryption. {@link #count()} lets tests prove the cache works.
 */
final class KeyDerivations {

    /** The process-wide cache the gateway uses; tests that count derivations make their own. */
    static final KeyDerivations SHARED = new KeyDerivations();

    private final ConcurrentMap<DerivationInput, byte[]> derived = new ConcurrentHashMap<>();
    private final AtomicLong derivations = new AtomicLong();

    /** The 32 derived bytes (Fernet's signing key, then its encryption key); a copy each time. */
    byte[] derive(String material, byte[] salt, int iterations) {
        DerivationInput input = new DerivationInput(material, HexFormat.of().formatHex(salt), iterations);
        return derived.computeIfAbsent(input, this::pbkdf2).clone();
    }

    /** How many derivations actually ran, as opposed to being answered from the cache. */
    long count() {
        return derivations.get();
    }

    private byte[] pbkdf2(DerivationInput input) {
        derivations.incrementAndGet();
        PBEKeySpec spec = new PBEKeySpec(input.material().toCharArray(), HexFormat.of().parseHex(input.saltHex()),
                input.iterations(), 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The cache key; the salt as hex so equality is by value. Never shows the material. */
    private record DerivationInput(String material, String saltHex, int iterations) {
        @Override
        public String toString() {
            return "DerivationInput[iterations=" + iterations + ", values hidden]";
        }
    }
}
