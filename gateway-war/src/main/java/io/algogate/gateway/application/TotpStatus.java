package io.algogate.gateway.application;

/** What a settings view shows of a user's two-factor state: on or off, and which actions ask for a code. */
public record TotpStatus(boolean enabled, boolean requiredForLogin, boolean requiredForReset,
        boolean requiredForApiKey) {

    /** Two-factor never set up. */
    public static final TotpStatus OFF = new TotpStatus(false, false, false, false);
}
