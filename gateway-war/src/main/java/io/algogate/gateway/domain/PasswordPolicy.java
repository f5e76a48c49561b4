package io.algogate.gateway.domain;

import java.util.Optional;

/**
 * OpenAlgo's password strength rules, checked in its order with its messages, plus an upper bound
 * so nobody can make the server hash a megabyte.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 8;
    public static final int MAXIMUM_LENGTH = 128;
    public static final String SPECIAL_CHARACTERS = "!@#$%^&*";

    private PasswordPolicy() {
    }

    /** The message of the first rule the password breaks, or empty when it is strong enough. */
    public static Optional<String> firstViolation(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of("Password must be at least 8 characters long");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("Password must be at most 128 characters long");
        }
        if (password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            return Optional.of("Password must contain at least one uppercase letter");
        }
        if (password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.of("Password must contain at least one lowercase letter");
        }
        if (password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("Password must contain at least one number");
        }
        if (password.chars().noneMatch(c -> SPECIAL_CHARACTERS.indexOf(c) >= 0)) {
            return Optional.of("Password must contain at least one special character (!@#$%^&*)");
        }
        return Optional.empty();
    }
}
