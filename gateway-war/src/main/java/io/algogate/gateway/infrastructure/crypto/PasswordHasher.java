package io.algogate.gateway.infrastructure.crypto;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.Objects;

/**
 * Argon2id through password4j, with the pepper as Argon2's secret input (D13). Verification reads the
 * parameters stored in each hash, so hashes made with other parameters keep verifying.
 */
public final class PasswordHasher {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    public static final int HASH_LENGTH = 32;
    public static final int SALT_LENGTH = 16;

    private final String pepper;
    private final Argon2Function function;

    public PasswordHasher(String pepper) {
        this(pepper, MEMORY_KIB, ITERATIONS, PARALLELISM);
    }

    public PasswordHasher(String pepper, int memoryKib, int iterations, int parallelism) {
        this.pepper = Objects.requireNonNull(pepper, "pepper");
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, HASH_LENGTH, Argon2.ID, 19);
    }

    /** A PHC-format Argon2id hash of the secret with a fresh random salt. */
    public String hash(CharSequence secret) {
        return Password.hash(secret).addRandomSalt(SALT_LENGTH).addPepper(pepper).with(function).getResult();
    }

    /** Whether the secret matches the hash; false for a hash that is not Argon2 at all. */
    public boolean verify(CharSequence secret, String hash) {
        if (hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        return Password.check(secret, hash).addPepper(pepper).with(Argon2Function.getInstanceFromHash(hash));
    }
}
