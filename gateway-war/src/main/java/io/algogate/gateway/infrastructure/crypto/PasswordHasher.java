package io.algogate.gateway.infrastructure.crypto;

import com.password4j.Argon2Function;
import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Argon2id through password4j, with the pepper as Argon2's secret input (D13). Verification reads the
 * parameters stored in each hash, so hashes made with other parameters keep verifying;
 * {@link #needsRehash} tells which ones to replace.
 *
 * <p>Legacy bcrypt hashes ({@code $2a$}, {@code $2b$}, {@code $2y$}) verify too, for accounts carried
 * over from OpenAlgo's ancestors. Their input is exactly the password's characters followed by the
 * pepper's, as one UTF-8 string with no separator ({@code password + pepper}); the pepper is not
 * password4j's pepper mechanism (which would put the pepper first). bcrypt reads only the first 72
 * bytes of that input (password4j truncates as classic bcrypt does), so for a password of 72 bytes or
 * more the pepper plays no part: one more reason to replace such hashes at the first login. The
 * function is built from the hash's own prefix and cost; password4j's {@code withBcrypt()} would use
 * its configured default variant and refuse a {@code $2a$} hash.
 *
 * <p>Every hash and verification runs through a {@link VerificationGate}, and each verification is
 * counted, so tests can prove how many were run.
 */
public final class PasswordHasher {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    public static final int MEMORY_KIB = Argon2Parameters.OWASP_MINIMUM.memoryKib();
    public static final int ITERATIONS = Argon2Parameters.OWASP_MINIMUM.iterations();
    public static final int PARALLELISM = Argon2Parameters.OWASP_MINIMUM.parallelism();
    public static final int HASH_LENGTH = 32;
    public static final int SALT_LENGTH = 16;

    private static final String ARGON2ID_PREFIX = "$argon2id$";
    private static final List<String> BCRYPT_PREFIXES = List.of("$2a$", "$2b$", "$2y$");

    private final String pepper;
    private final Argon2Parameters parameters;
    private final Argon2Function function;
    private final VerificationGate gate;
    private final AtomicLong verifications = new AtomicLong();

    public PasswordHasher(String pepper) {
        this(pepper, Argon2Parameters.OWASP_MINIMUM, VerificationGate.perProcessor(VerificationGate.DEFAULT_MAX_WAIT));
    }

    public PasswordHasher(String pepper, int memoryKib, int iterations, int parallelism) {
        this(pepper, new Argon2Parameters(memoryKib, iterations, parallelism),
                VerificationGate.perProcessor(VerificationGate.DEFAULT_MAX_WAIT));
    }

    public PasswordHasher(String pepper, Argon2Parameters parameters, VerificationGate gate) {
        this.pepper = Objects.requireNonNull(pepper, "pepper");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.function = Argon2Function.getInstance(parameters.memoryKib(), parameters.iterations(),
                parameters.parallelism(), HASH_LENGTH, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    }

    /**
     * A PHC-format Argon2id hash of the secret with a fresh random salt.
     *
     * @throws VerificationBusyException when no hashing slot frees up within the configured wait
     */
    public String hash(CharSequence secret) {
        return gate.run(() -> Password.hash(secret).addRandomSalt(SALT_LENGTH).addPepper(pepper).with(function)
                .getResult());
    }

    /**
     * Whether the secret matches the hash (Argon2, or legacy bcrypt over password + pepper); false for
     * anything else, without spending a verification on it.
     *
     * @throws VerificationBusyException when no hashing slot frees up within the configured wait
     */
    public boolean verify(CharSequence secret, String hash) {
        if (secret == null || hash == null) {
            return false;
        }
        if (hash.startsWith("$argon2")) {
            return gate.run(() -> {
                verifications.incrementAndGet();
                return Password.check(secret, hash).addPepper(pepper).with(Argon2Function.getInstanceFromHash(hash));
            });
        }
        if (isBcrypt(hash)) {
            String legacyInput = secret + pepper;
            return gate.run(() -> {
                verifications.incrementAndGet();
                return BcryptFunction.getInstanceFromHash(hash).check(legacyInput, hash);
            });
        }
        return false;
    }

    /**
     * Whether a stored hash should be replaced by one made now: it is not Argon2id, cannot be read, or
     * its memory, iterations or lanes are below the configured ones. Reads the hash's header only.
     */
    public boolean needsRehash(String hash) {
        if (hash == null || !hash.startsWith(ARGON2ID_PREFIX)) {
            return true;
        }
        try {
            Argon2Function stored = Argon2Function.getInstanceFromHash(hash);
            return stored.getVariant() != Argon2.ID || new Argon2Parameters(stored.getMemory(),
                    stored.getIterations(), stored.getParallelism()).weakerThan(parameters);
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    public Argon2Parameters parameters() {
        return parameters;
    }

    /** How many Argon2 and bcrypt verifications have run (hashing is not counted). */
    public long verifications() {
        return verifications.get();
    }

    private static boolean isBcrypt(String hash) {
        return BCRYPT_PREFIXES.stream().anyMatch(hash::startsWith);
    }
}
