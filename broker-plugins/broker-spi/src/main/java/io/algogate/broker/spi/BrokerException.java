package io.algogate.broker.spi;

import java.util.Objects;

/**
 * A broker refused or failed a call. The {@link Reason} tells the gateway which HTTP status to answer
 * with; the message is shown to the API client, so it must not carry secrets.
 */
public class BrokerException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the call failed, as far as the gateway needs to know. */
    public enum Reason {
        /** The broker refused the request itself (bad symbol, insufficient funds, ...). */
        REJECTED,
        /** The broker session is missing or expired. */
        AUTHENTICATION,
        /** The broker throttled us. */
        RATE_LIMITED,
        /** The broker could not be reached or answered nonsense. */
        UNAVAILABLE,
        /** The adapter lacks the capability asked for. */
        NOT_SUPPORTED
    }

    private final Reason reason;

    public BrokerException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public BrokerException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
