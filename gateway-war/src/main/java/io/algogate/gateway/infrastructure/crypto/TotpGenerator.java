package io.algogate.gateway.infrastructure.crypto;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 codes (java-otp) computed for an explicit time step rather than "now", so the caller
 * decides which steps to accept and time comes only from the injected clock.
 */
public final class TotpGenerator {

    /** What Google Authenticator and the other common apps assume when the URI says nothing else. */
    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    public static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;

    private final TimeBasedOneTimePasswordGenerator generator;

    public TotpGenerator() {
        this(DIGITS);
    }

    /** Other lengths are for the RFC's 8-digit test vectors. */
    public TotpGenerator(int digits) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, ALGORITHM);
    }

    /** The step an instant falls in: whole periods since the Unix epoch. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
    }

    /** The code of a step, zero-padded to the configured length. */
    public String codeForStep(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, "RAW"),
                    Instant.ofEpochSecond(step * STEP.getSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HMAC refused a TOTP secret", e);
        }
    }
}
