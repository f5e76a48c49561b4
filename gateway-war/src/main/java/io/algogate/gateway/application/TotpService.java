package io.algogate.gateway.application;

import io.algogate.gateway.domain.TotpCredential;
import io.algogate.gateway.domain.TotpCredentialRepository;
import io.algogate.gateway.infrastructure.crypto.Base32;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.crypto.TotpGenerator;
import io.algogate.gateway.infrastructure.qr.QrCodePng;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Two-factor authentication with TOTP (RFC 6238: 30 s steps, HMAC-SHA1, 6 digits, the parameters
 * every authenticator app assumes). A code is accepted for the current step or the one before (a
 * phone's clock may lag), and only once: its step must be later than the last step accepted.
 * Time comes only from the injected clock.
 */
@ApplicationScoped
public class TotpService {

    public static final String ISSUER = "AlgoGate";
    /** RFC 4226 recommends at least 128 bits; 160 is the SHA-1 block that apps expect. */
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Serialises each user's read-check-write sequences inside this gateway; the stripes bound memory. */
    private static final int LOCK_STRIPES = 64;

    /** Why a code is asked for; each has its own switch, all off until the user turns them on. */
    public enum Purpose {
        LOGIN,
        PASSWORD_RESET,
        API_KEY
    }

    /** What the enrollment page shows once: the secret for typing, the URI and its QR code. */
    public record Enrollment(String secret, String otpauthUri, String qrCodeDataUri) {

        /** Never print the secret, even by accident in a log line. */
        @Override
        public String toString() {
            return "Enrollment[secret=***]";
        }
    }

    @Inject
    TotpCredentialRepository credentials;

    @Inject
    GatewayCrypto crypto;

    @Inject
    Clock clock;

    private final TotpGenerator generator = new TotpGenerator();
    private final Object[] locks = new Object[LOCK_STRIPES];

    public TotpService() {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Starts (or restarts) enrollment with a fresh secret, stored pending; two-factor is not on until
     * {@link #confirmEnrollment}. Refused while two-factor is enabled: replacing a working secret must
     * go through {@link #disable}, which asks for a code.
     */
    public Enrollment beginEnrollment(long userId, String accountName) {
        byte[] secretBytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secretBytes);
        String secret = Base32.encode(secretBytes);
        String encrypted = crypto.cipher().encrypt(secret);
        synchronized (lockFor(userId)) {
            Instant now = clock.instant();
            Optional<TotpCredential> existing = credentials.findByUserId(userId);
            if (existing.isPresent()) {
                existing.get().restartEnrollment(encrypted, now);
                credentials.save(existing.get());
            } else {
                credentials.save(new TotpCredential(userId, encrypted, now));
            }
        }
        String uri = otpauthUri(accountName, secret);
        return new Enrollment(secret, uri, QrCodePng.dataUri(uri));
    }

    /** Turns two-factor on if the code proves the user's authenticator holds the pending secret. */
    public boolean confirmEnrollment(long userId, String code) {
        synchronized (lockFor(userId)) {
            Optional<TotpCredential> pending = credentials.findByUserId(userId).filter(TotpCredential::isPending);
            if (pending.isEmpty() || !acceptCode(pending.get(), code)) {
                return false;
            }
            pending.get().confirm(clock.instant());
            credentials.save(pending.get());
            return true;
        }
    }

    /** Checks a code of an enabled credential; true at most once per code. */
    public boolean verify(long userId, String code) {
        synchronized (lockFor(userId)) {
            return enabledCredential(userId).filter(credential -> acceptCode(credential, code)).isPresent();
        }
    }

    /**
     * Sets the per-purpose switches; a valid code is required so that a stolen session alone cannot
     * weaken them.
     *
     * @throws InvalidInputException if two-factor is off or the code is not accepted
     */
    public void setPurposes(long userId, boolean login, boolean reset, boolean apiKey, String code) {
        synchronized (lockFor(userId)) {
            TotpCredential credential = enabledCredentialAccepting(userId, code);
            credential.changePurposes(login, reset, apiKey, clock.instant());
            credentials.save(credential);
        }
    }

    /**
     * Turns two-factor off and forgets the secret.
     *
     * @throws InvalidInputException if two-factor is off or the code is not accepted
     */
    public void disable(long userId, String code) {
        synchronized (lockFor(userId)) {
            enabledCredentialAccepting(userId, code);
            credentials.deleteByUserId(userId);
        }
    }

    /** Empty while the user has never started enrollment. */
    public Optional<TotpStatus> status(long userId) {
        return credentials.findByUserId(userId).map(credential -> new TotpStatus(credential.isEnabled(),
                credential.isRequiredForLogin(), credential.isRequiredForReset(), credential.isRequiredForApiKey()));
    }

    public boolean requiredFor(long userId, Purpose purpose) {
        return enabledCredential(userId).map(credential -> switch (purpose) {
            case LOGIN -> credential.isRequiredForLogin();
            case PASSWORD_RESET -> credential.isRequiredForReset();
            case API_KEY -> credential.isRequiredForApiKey();
        }).orElse(false);
    }

    private Optional<TotpCredential> enabledCredential(long userId) {
        return credentials.findByUserId(userId).filter(TotpCredential::isEnabled);
    }

    private TotpCredential enabledCredentialAccepting(long userId, String code) {
        return enabledCredential(userId).filter(credential -> acceptCode(credential, code))
                .orElseThrow(() -> new InvalidInputException(Map.of("code", "The code is not valid")));
    }

    /**
     * Accepts the code if it matches the current or the previous step and the repository lets this
     * call claim that step; the claim is atomic, so of two racing uses of one code only one wins.
     */
    private boolean acceptCode(TotpCredential credential, String code) {
        if (!isSixDigits(code)) {
            return false;
        }
        Instant now = clock.instant();
        OptionalLong step = matchingStep(credential, code, TotpGenerator.stepAt(now));
        return step.isPresent() && credentials.markStepUsed(credential.getUserId(), step.getAsLong(), now);
    }

    /** Compares with both candidate steps every time, in constant time, so timing tells nothing. */
    private OptionalLong matchingStep(TotpCredential credential, String code, long currentStep) {
        byte[] secret = Base32.decode(crypto.cipher().decrypt(credential.getSecretEncrypted()));
        byte[] presented = code.getBytes(StandardCharsets.US_ASCII);
        boolean current = MessageDigest.isEqual(presented, codeBytes(secret, currentStep));
        boolean previous = MessageDigest.isEqual(presented, codeBytes(secret, currentStep - 1));
        if (current) {
            return OptionalLong.of(currentStep);
        }
        return previous ? OptionalLong.of(currentStep - 1) : OptionalLong.empty();
    }

    private byte[] codeBytes(byte[] secret, long step) {
        return generator.codeForStep(secret, step).getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isSixDigits(String code) {
        return code != null && code.length() == TotpGenerator.DIGITS && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Key URI format (Google Authenticator's): label "issuer:account", issuer repeated as a parameter. */
    static String otpauthUri(String accountName, String secret) {
        return "otpauth://totp/" + encode(ISSUER) + ":" + encode(accountName) + "?secret=" + secret
                + "&issuer=" + encode(ISSUER) + "&algorithm=SHA1&digits=" + TotpGenerator.DIGITS
                + "&period=" + TotpGenerator.STEP.getSeconds();
    }

    /** Percent-encoding for a URI component: URLEncoder writes form encoding, where a space is '+'. */
    private static String encode(String component) {
        return URLEncoder.encode(component, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Object lockFor(long userId) {
        return locks[Math.floorMod(Long.hashCode(userId), LOCK_STRIPES)];
    }
}
