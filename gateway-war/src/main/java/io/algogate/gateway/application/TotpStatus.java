package io.algogate.gateway.application;

/** What a settings view shows of a user's two-factor state. */
public record TotpStatus(boolean enabled, boolean requiredForLogin, boolean requiredForReset) {
}
