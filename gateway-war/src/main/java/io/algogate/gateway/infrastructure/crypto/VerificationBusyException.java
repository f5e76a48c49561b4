package io.algogate.gateway.infrastructure.crypto;

/**
 * Every hashing slot stayed busy for longer than the configured wait. The caller should answer
 * "try again later" rather than queue more work behind a flood of logins or key checks.
 */
public final class VerificationBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public VerificationBusyException(long retryAfterSeconds) {
        super("Password verification is busy; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds, at least 1, suitable for a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
