package io.algogate.gateway.interfaces.stream;

/**
 * A client message the protocol refuses, with OpenAlgo's error code ({@code INVALID_PARAMETERS},
 * {@code INVALID_ACTION}, ...) and a message meant for the client: it never carries internals.
 */
final class StreamProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    static final String INVALID_JSON = "INVALID_JSON";
    static final String INVALID_ACTION = "INVALID_ACTION";
    static final String INVALID_PARAMETERS = "INVALID_PARAMETERS";
    static final String NOT_AUTHENTICATED = "NOT_AUTHENTICATED";
    static final String AUTHENTICATION_ERROR = "AUTHENTICATION_ERROR";
    static final String BROKER_ERROR = "BROKER_ERROR";
    static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

    private final String code;

    StreamProtocolException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
