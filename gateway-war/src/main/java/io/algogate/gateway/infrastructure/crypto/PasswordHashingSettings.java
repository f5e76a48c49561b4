package io.algogate.gateway.infrastructure.crypto;

import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.gateway.infrastructure.config.SettingValues;
import java.time.Duration;

/**
 * The configured Argon2id cost and how long a caller may wait for a hashing slot. Values below
 * OWASP's minimum stop start-up with the key named: a weaker setting would silently downgrade every
 * password stored from then on.
 */
public record PasswordHashingSettings(Argon2Parameters argon2, Duration maxWait) {

    public static final String MEMORY_KIB = "algogate.security.argon2.memory-kib";
    public static final String ITERATIONS = "algogate.security.argon2.iterations";
    public static final String PARALLELISM = "algogate.security.argon2.parallelism";
    public static final String MAX_WAIT = "algogate.security.argon2.max-wait";

    /** Upper bounds keep a typo (an extra zero or three) from making every login take minutes. */
    static final int MAXIMUM_MEMORY_KIB = 4 * 1024 * 1024;
    static final int MAXIMUM_ITERATIONS = 100;
    static final int MAXIMUM_PARALLELISM = 64;

    public static PasswordHashingSettings from(GatewaySettings settings) {
        Argon2Parameters minimum = Argon2Parameters.OWASP_MINIMUM;
        Argon2Parameters argon2 = new Argon2Parameters(
                SettingValues.intInRange(settings, MEMORY_KIB, minimum.memoryKib(), minimum.memoryKib(),
                        MAXIMUM_MEMORY_KIB),
                SettingValues.intInRange(settings, ITERATIONS, minimum.iterations(), minimum.iterations(),
                        MAXIMUM_ITERATIONS),
                SettingValues.intInRange(settings, PARALLELISM, minimum.parallelism(), minimum.parallelism(),
                        MAXIMUM_PARALLELISM));
        Duration maxWait = SettingValues.positiveDuration(settings, MAX_WAIT, VerificationGate.DEFAULT_MAX_WAIT);
        return new PasswordHashingSettings(argon2, maxWait);
    }
}
