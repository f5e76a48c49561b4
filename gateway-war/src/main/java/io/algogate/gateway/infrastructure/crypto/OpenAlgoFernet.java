package io.algogate.gateway.infrastructure.crypto;

import com.macasaet.fernet.Key;
import com.macasaet.fernet.Token;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Reads (and, for tests and exports, writes) the plain Fernet tokens OpenAlgo stores, without our
 * envelope: OpenAlgo's {@code auth_db.get_encryption_key} derives the key with PBKDF2-HMAC-SHA256
 * over {@code API_KEY_PEPPER}, salted with the bytes of the hex {@code FERNET_SALT}, 100,000
 * iterations, 32 bytes. Python's {@code Fernet(urlsafe_b64encode(key))} takes the first 16 bytes as
 * the signing key and the last 16 as the encryption key, which is also the order of fernet-java8's
 * {@code new Key(byte[])}, so the derived bytes are used as they are.
 */
public final class OpenAlgoFernet {

    /** OpenAlgo's iteration count; not ours (see {@link SecretCipher#ITERATIONS}). */
    public static final int ITERATIONS = 100_000;

    private final SecureRandom random = new SecureRandom();
    private final Key key;

    /**
     * @param pepper OpenAlgo's {@code API_KEY_PEPPER}
     * @param fernetSaltHex OpenAlgo's {@code FERNET_SALT}, hex
     */
    public OpenAlgoFernet(String pepper, String fernetSaltHex) {
        this(pepper, fernetSaltHex, KeyDerivations.SHARED);
    }

    OpenAlgoFernet(String pepper, String fernetSaltHex, KeyDerivations derivations) {
        Objects.requireNonNull(pepper, "pepper");
        byte[] salt = GatewaySecrets.parseSalt(Objects.requireNonNull(fernetSaltHex, "fernetSaltHex"), "FERNET_SALT");
        this.key = new Key(derivations.derive(pepper, salt, ITERATIONS));
    }

    /** Decrypts a token as OpenAlgo's {@code Fernet.decrypt(token)} would: no time-to-live. */
    public String decrypt(String token) {
        return Token.fromString(token).validateAndDecrypt(key, AtRestTokens.NO_TIME_LIMITS);
    }

    /** A token OpenAlgo can decrypt with the same pepper and salt. */
    public String encrypt(String plaintext) {
        return Token.generate(random, key, plaintext).serialise();
    }

    /** The key as Python writes it, {@code urlsafe_b64encode(derived)}: lets a test compare key bytes. */
    String fernetKey() {
        return key.serialise();
    }
}
