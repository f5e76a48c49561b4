package io.algogate.gateway.application;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerLogin;
import io.algogate.broker.spi.BrokerSession;
import io.algogate.broker.spi.FormFields;
import io.algogate.broker.spi.LoginField;
import io.algogate.broker.spi.LoginMethod;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.infrastructure.crypto.RandomTokens;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The login to the active broker, as the dashboard drives it: the plugin describes the flow (a
 * redirect or a form), the gateway checks what comes back against what it started, and keeps the
 * session the plugin opens ({@link BrokerSessionService}), then fetches the broker's instrument master.
 * Also the admin's switch of broker, which ends the old broker's session first.
 */
@ApplicationScoped
public class BrokerLoginService {


    @Inject
    BrokerPluginHost brokers;

    @Inject
    BrokerSessionService sessions;

    @Inject
    SecurityEventLog events;

    @Inject
    InstrumentMasterService instrumentMaster;

    /** A fresh anti-forgery state for one login attempt: 256 random bits, URL-safe. */
    public static String newState() {
        return RandomTokens.urlSafe(32);
    }

    /** The active broker's login for one attempt, or empty when the broker needs none (the sandbox). */
    public Optional<LoginMethod> loginMethod(String state) {
        return brokers.activeLogin().map(login -> login.loginMethod(state));
    }

    /**
     * Completes a redirect login. When the broker echoes the state, a callback without the state this
     * gateway issued (to this browser session) is refused before the broker is asked anything: it may
     * be someone else's login, planted through a link (login CSRF).
     */
    public void completeOAuth(UserAccount user, Map<String, String> callbackParams, String issuedState,
            String clientIp) throws BrokerException {
        BrokerLogin login = requireLogin();
        if (login.echoesState() && !sameState(issuedState, callbackParams.get("state"))) {
            events.record(SecurityEvent.Type.BROKER_LOGIN_FAILED, user.getUsername(), clientIp);
            throw new BrokerException(BrokerException.Reason.AUTHENTICATION,
                    "This broker login was not started from this browser session; start it again from the Broker page");
        }
        keep(user, clientIp, () -> login.completeOAuth(Map.copyOf(callbackParams)));
    }

    /**
     * Completes a form login with the fields the plugin described, and only those: every one must be
     * filled in, and nothing else the browser sent reaches the plugin.
     */
    public void completeForm(UserAccount user, Map<String, String> submitted, String clientIp) throws BrokerException {
        BrokerLogin login = requireLogin();
        if (!(login.loginMethod() instanceof FormFields form)) {
            throw new BrokerException(BrokerException.Reason.NOT_SUPPORTED, "This broker logs in by a redirect, not a form");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (LoginField field : form.fields()) {
            String value = submitted.get(field.name());
            if (value == null || value.isBlank()) {
                throw new BrokerException(BrokerException.Reason.AUTHENTICATION, "Enter " + field.label());
            }
            values.put(field.name(), value.trim());
        }
        keep(user, clientIp, () -> login.completeForm(Map.copyOf(values)));
    }

    /**
     * Makes another installed broker the active one: the old broker's session ends first (logged out
     * there while its adapter still exists); a broker that needs no login starts its session at once.
     *
     * @throws IllegalArgumentException when no plugin has the id
     */
    public void activate(UserAccount admin, String brokerId, String clientIp) {
        if (brokers.activePlugin().id().equals(brokerId)) {
            return;
        }
        brokers.requireInstalled(brokerId);
        sessions.revokeAndWait(admin.getId());
        brokers.activate(brokerId);
        sessions.startWithoutBrokerLogin(admin.getId());
        events.record(SecurityEvent.Type.BROKER_CHANGED, admin.getUsername(), clientIp);
        if (brokers.activeLogin().isEmpty()) {
            // The broker changed: OpenAlgo's smart download always downloads then.
            instrumentMaster.refreshInBackground();
        }
    }

    /** A call into the plugin's login. */
    @FunctionalInterface
    private interface LoginCall {
        BrokerSession complete() throws BrokerException;
    }

    private void keep(UserAccount user, String clientIp, LoginCall call) throws BrokerException {
        BrokerSession session;
        try {
            session = call.complete();
        } catch (BrokerException e) {
            events.record(SecurityEvent.Type.BROKER_LOGIN_FAILED, user.getUsername(), clientIp);
            throw e;
        }
        sessions.establish(user.getId(), session);
        events.record(SecurityEvent.Type.BROKER_LOGIN_SUCCEEDED, user.getUsername(), clientIp);
        // As OpenAlgo after a broker login: the day's master, in the background.
        instrumentMaster.refreshInBackground();
    }

    private BrokerLogin requireLogin() throws BrokerException {
        return brokers.activeLogin().orElseThrow(() -> new BrokerException(BrokerException.Reason.NOT_SUPPORTED,
                "The active broker, " + brokers.activePlugin().displayName() + ", needs no login"));
    }

    private static boolean sameState(String issued, String returned) {
        return issued != null && returned != null && MessageDigest.isEqual(
                issued.getBytes(StandardCharsets.UTF_8), returned.getBytes(StandardCharsets.UTF_8));
    }
}
