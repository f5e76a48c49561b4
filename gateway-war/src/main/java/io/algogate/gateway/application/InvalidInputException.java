package io.algogate.gateway.application;

import java.util.Map;

/** Input broke one or more rules; maps each field to its message. */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
