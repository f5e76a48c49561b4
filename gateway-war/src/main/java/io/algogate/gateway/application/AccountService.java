package io.algogate.gateway.application;

import io.algogate.gateway.domain.PasswordPolicy;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.domain.UserRepository;
import io.algogate.gateway.infrastructure.cache.ApiKeyVerificationCache;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.crypto.PasswordHasher;
import io.algogate.gateway.infrastructure.crypto.VerificationBusyException;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** First-run setup of the one admin (D1), password login and password change. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{1,63}");

    /** Verified against when the username is unknown, so a miss costs what a hit costs. */
    private volatile String timingEqualizerHash;

    @Inject
    UserRepository users;

    @Inject
    AdminInstaller installer;

    @Inject
    BrokerSessionService brokerSessions;

    @Inject
    GatewayCrypto crypto;

    @Inject
    SecurityEventLog events;

    @Inject
    ActiveSessionRegistry sessions;

    @Inject
    ApiKeyVerificationCache apiKeyVerdicts;

    /** Setup is open only while no user exists. */
    public boolean setupOpen() {
        return users.count() == 0;
    }

    /**
     * Creates the admin and the API key, all or nothing. The lock is taken outside the transaction
     * (which {@link AdminInstaller} owns), so a second setup form submitted at the same moment sees
     * the first one's committed admin and is refused.
     */
    public synchronized SetupResult setUp(String username, String email, String password, String clientIp) {
        if (!setupOpen()) {
            throw new SetupClosedException();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.put("username", "Username must be 3-64 letters, digits, dots, dashes or underscores");
        }
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.put("email", "Enter a valid e-mail address");
        }
        PasswordPolicy.firstViolation(password).ifPresent(message -> errors.put("password", message));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SetupResult result = installer.install(username, email, crypto.hasher().hash(password));
        // The sandbox needs no broker login: the new key works at once, until the daily cut-off.
        brokerSessions.startWithoutBrokerLogin(result.userId());
        events.record(SecurityEvent.Type.SETUP_COMPLETED, username, clientIp);
        return result;
    }

    /**
     * The user, if the password is right. An unknown username still costs one Argon2 verification, so
     * the response time does not tell which usernames exist. After a successful login, a hash made with
     * weaker parameters than the configured ones (or a legacy bcrypt hash) is replaced.
     *
     * @throws VerificationBusyException when the hashing slots stay busy past the configured wait
     */
    public Optional<UserAccount> authenticate(String username, String password, String clientIp) {
        if (username == null || password == null || password.length() > PasswordPolicy.MAXIMUM_LENGTH) {
            events.record(SecurityEvent.Type.LOGIN_FAILED, username, clientIp);
            return Optional.empty();
        }
        Optional<UserAccount> user = users.findByUsername(username);
        boolean matches = crypto.hasher().verify(password,
                user.map(UserAccount::getPasswordHash).orElseGet(this::timingEqualizerHash));
        Optional<UserAccount> authenticated = user.filter(u -> matches);
        authenticated.ifPresent(u -> upgradeHashIfWeak(u, password));
        events.record(authenticated.isPresent() ? SecurityEvent.Type.LOGIN_SUCCEEDED
                : SecurityEvent.Type.LOGIN_FAILED, username, clientIp);
        return authenticated;
    }

    /**
     * Changes the user's password: checks the current one (one verification) and the strength rules,
     * stores the new Argon2id hash, ends every other dashboard session of the user, and forgets the
     * user's cached API-key verdicts so keys are checked afresh. Returns the ids of the sessions ended.
     *
     * @throws InvalidInputException with {@code currentPassword} and/or {@code newPassword} messages
     * @throws VerificationBusyException when the hashing slots stay busy past the configured wait
     */
    public List<String> changePassword(long userId, String current, String replacement, String keepSessionId) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new InvalidInputException(
                Map.of("currentPassword", "Current password is incorrect")));
        Map<String, String> errors = new LinkedHashMap<>();
        boolean currentMatches = current != null && current.length() <= PasswordPolicy.MAXIMUM_LENGTH
                && crypto.hasher().verify(current, user.getPasswordHash());
        if (!currentMatches) {
            errors.put("currentPassword", "Current password is incorrect");
        }
        PasswordPolicy.firstViolation(replacement).ifPresent(message -> errors.put("newPassword", message));
        if (!errors.isEmpty()) {
            events.record(SecurityEvent.Type.PASSWORD_CHANGE_FAILED, user.getUsername(), null);
            throw new InvalidInputException(errors);
        }
        users.updatePasswordHash(userId, crypto.hasher().hash(replacement));
        List<String> ended = sessions.endOthers(userId, keepSessionId);
        apiKeyVerdicts.forgetUser(userId);
        events.record(SecurityEvent.Type.PASSWORD_CHANGED, user.getUsername(), null);
        return ended;
    }

    /**
     * The last step of a login (after the password, and the TOTP code where the user requires one):
     * a broker that needs no credentials (the sandbox) gets its session here, until the next daily
     * cut-off; any other waits for the broker login on the dashboard's Broker page.
     */
    public void completeLogin(long userId) {
        brokerSessions.startWithoutBrokerLogin(userId);
    }

    /** A wrong TOTP code after a right password: a failed login, recorded as such. */
    public void recordSecondFactorFailure(long userId, String clientIp) {
        events.record(SecurityEvent.Type.TOTP_FAILED, users.findById(userId).map(UserAccount::getUsername).orElse(null),
                clientIp);
    }

    public Optional<UserAccount> findUser(long id) {
        return users.findById(id);
    }

    /**
     * Replaces a weak hash with one made now. A busy gate only postpones the upgrade to a later login:
     * the user has proven the password and should not be refused for our housekeeping.
     */
    private void upgradeHashIfWeak(UserAccount user, String password) {
        PasswordHasher hasher = crypto.hasher();
        if (!hasher.needsRehash(user.getPasswordHash())) {
            return;
        }
        try {
            String stronger = hasher.hash(password);
            users.updatePasswordHash(user.getId(), stronger);
            user.changePasswordHash(stronger);
            LOG.info(() -> "Password hash of user " + user.getId() + " upgraded to the configured Argon2id");
        } catch (VerificationBusyException busy) {
            LOG.log(Level.FINE, "Password hash upgrade of user {0} postponed: hashing busy", user.getId());
        }
    }

    private String timingEqualizerHash() {
        String hash = timingEqualizerHash;
        if (hash == null) {
            hash = crypto.hasher().hash("timing-equalizer-" + System.nanoTime());
            timingEqualizerHash = hash;
        }
        return hash;
    }

    /** What setup created; the API key is in clear only here. */
    public record SetupResult(long userId, String username, String apiKey) {
        @Override
        public String toString() {
            return "SetupResult[userId=" + userId + ", username=" + username + ", apiKey=hidden]";
        }
    }

    /** Setup was attempted after the admin exists. */
    public static final class SetupClosedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SetupClosedException() {
            super("Setup is complete");
        }
    }
}
