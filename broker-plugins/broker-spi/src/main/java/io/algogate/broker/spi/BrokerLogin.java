package io.algogate.broker.spi;

import java.util.Map;

/**
 * The capability to log in to the broker. The plugin describes its flow with {@link #loginMethod()}
 * so the dashboard can redirect or render a form without knowing the broker; the host then passes
 * what came back to the matching {@code complete} method. Each is a default that refuses, because a
 * broker has one flow or the other.
 */
public interface BrokerLogin {

    /** How the user logs in: a redirect to the broker or a form of fields. */
    LoginMethod loginMethod();

    /**
     * The login method for one attempt, carrying the host's anti-forgery {@code state}: a broker that
     * can hand a value back to its callback puts the state into the redirect and returns true from
     * {@link #echoesState()}, so the host can refuse a callback it did not start (login CSRF).
     */
    default LoginMethod loginMethod(String state) {
        return loginMethod();
    }

    /**
     * Whether an {@link OAuthRedirect} callback carries back, as its {@code state} parameter, the
     * state given to {@link #loginMethod(String)}. When true, the host refuses a callback whose state
     * is missing or differs from the one it issued.
     */
    default boolean echoesState() {
        return false;
    }

    /** Completes an {@link OAuthRedirect} login with the query parameters of the callback. */
    default BrokerSession completeOAuth(Map<String, String> callbackParams) throws BrokerException {
        throw new BrokerException(BrokerException.Reason.NOT_SUPPORTED, "This broker has no OAuth login");
    }

    /** Completes a {@link FormFields} login with the submitted values, keyed by field name. */
    default BrokerSession completeForm(Map<String, String> fieldValues) throws BrokerException {
        throw new BrokerException(BrokerException.Reason.NOT_SUPPORTED, "This broker has no form login");
    }

    /**
     * Ends the session at the broker (its logout), so a token the host no longer uses cannot be used
     * by anyone else either. The host calls it when the session reaches the daily cut-off or is
     * replaced, and carries on if it throws; brokers whose tokens cannot be revoked keep this no-op.
     */
    default void endSession(BrokerSession session) throws BrokerException {
    }
}
