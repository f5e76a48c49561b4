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

    /** Completes an {@link OAuthRedirect} login with the query parameters of the callback. */
    default BrokerSession completeOAuth(Map<String, String> callbackParams) throws BrokerException {
        throw new BrokerException(BrokerException.Reason.NOT_SUPPORTED, "This broker has no OAuth login");
    }

    /** Completes a {@link FormFields} login with the submitted values, keyed by field name. */
    default BrokerSession completeForm(Map<String, String> fieldValues) throws BrokerException {
        throw new BrokerException(BrokerException.Reason.NOT_SUPPORTED, "This broker has no form login");
    }
}
