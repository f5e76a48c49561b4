package io.algogate.gateway.application;

import io.algogate.gateway.domain.AccountRecoveryRepository;
import io.algogate.gateway.domain.PasswordPolicy;
import io.algogate.gateway.domain.PasswordResetToken;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.domain.UserRepository;
import io.algogate.gateway.infrastructure.cache.ApiKeyVerificationCache;
import io.algogate.gateway.infrastructure.crypto.Digests;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.crypto.RandomTokens;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Password reset by e-mail. Whatever the address, the caller learns nothing: the same answer, and the
 * mail goes out on another thread, so neither the response nor its timing tells whether an account
 * exists. Tokens are 32 random bytes, single use, valid for 30 minutes, stored only as their SHA-256;
 * the link is built from the configured public base URL, never from the request's Host header.
 */
@ApplicationScoped
public class PasswordResetService {

    public static final String PUBLIC_BASE_URL = PublicBaseUrl.KEY;
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);
    static final String CONFIRM_PATH = "/app/reset-password/confirm?token=";
    private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());

    @Inject
    AccountRecoveryRepository repository;

    @Inject
    MailService mail;

    @Inject
    TotpService totp;

    @Inject
    UserRepository users;

    @Inject
    ActiveSessionRegistry activeSessions;

    @Inject
    ApiKeyVerificationCache apiKeyCache;

    @Inject
    GatewayCrypto crypto;

    @Inject
    PublicBaseUrl publicBaseUrl;

    @Inject
    SecurityEventLog events;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /** Starts a reset for the account with this e-mail, if there is one; answers the same either way. */
    public void requestByEmail(String email, String clientIp) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        Optional<UserAccount> user = repository.findUserByEmail(email.trim());
        // An account that requires its TOTP code for a reset gets no mail link: mail alone must not do.
        if (user.isEmpty() || !mail.isConfigured() || totp.requiredFor(user.get().getId(),
                TotpService.Purpose.PASSWORD_RESET)) {
            return;
        }
        String token = newToken();
        Instant now = clock.instant();
        repository.addToken(new PasswordResetToken(user.get().getId(), Digests.sha256Hex(token), now,
                now.plus(TOKEN_LIFETIME)));
        String link = publicBaseUrl.resolve(CONFIRM_PATH + token);
        String to = user.get().getEmail();
        executor.execute(() -> send(to, link));
        events.record(SecurityEvent.Type.PASSWORD_RESET_REQUESTED, user.get().getUsername(), clientIp);
    }

    /**
     * Reset with the account's TOTP code instead of a mail: the e-mail names the account, the code
     * proves its owner. Any failure is the same empty answer.
     */
    public Optional<Long> resetWithTotp(String email, String code, String newPassword, String clientIp) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return Optional.empty();
        }
        Optional<UserAccount> user = repository.findUserByEmail(email.trim());
        if (user.isEmpty() || !totp.verify(user.get().getId(), code)) {
            // Recorded for an unknown address too, so the audit write's time tells nobody which exist.
            events.record(SecurityEvent.Type.TOTP_FAILED, user.map(UserAccount::getUsername).orElse(null), clientIp,
                    "password reset by authenticator");
            return Optional.empty();
        }
        PasswordPolicy.firstViolation(newPassword).ifPresent(message -> {
            throw new InvalidInputException(Map.of("password", message));
        });
        setPassword(user.get().getId(), newPassword);
        events.record(SecurityEvent.Type.PASSWORD_RESET, user.get().getUsername(), clientIp);
        return Optional.of(user.get().getId());
    }

    /** Whether a token from a link can still be used (for showing the form or an error). */
    public boolean isRedeemable(String token) {
        return token != null && repository.findTokenByHash(Digests.sha256Hex(token))
                .filter(t -> t.isRedeemable(clock.instant())).isPresent();
    }

    /**
     * Sets the new password if the token is valid, unused and unexpired; the token is spent either
     * way once the password is accepted. Returns the user, or empty for a bad token.
     */
    @Transactional
    public Optional<Long> redeem(String token, String newPassword, String clientIp) {
        if (token == null) {
            return Optional.empty();
        }
        Optional<PasswordResetToken> stored = repository.findTokenByHash(Digests.sha256Hex(token))
                .filter(t -> t.isRedeemable(clock.instant()));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        PasswordPolicy.firstViolation(newPassword).ifPresent(message -> {
            throw new InvalidInputException(Map.of("password", message));
        });
        PasswordResetToken spent = stored.get();
        spent.markUsed(clock.instant());
        repository.saveToken(spent);
        setPassword(spent.getUserId(), newPassword);
        events.record(SecurityEvent.Type.PASSWORD_RESET, null, clientIp);
        return Optional.of(spent.getUserId());
    }

    private void setPassword(long userId, String newPassword) {
        users.updatePasswordHash(userId, crypto.hasher().hash(newPassword));
        // Whoever knew the old password may hold a session or a cached key verdict: end them all.
        activeSessions.endAll(userId);
        apiKeyCache.forgetUser(userId);
    }

    private void send(String to, String link) {
        try {
            mail.send(to, "Reset your AlgoGate password", "Someone asked to reset the password of your AlgoGate "
                    + "account.\n\nTo choose a new password, open this link within 30 minutes:\n\n" + link
                    + "\n\nIf it was not you, ignore this mail: your password stays as it is.\n");
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "The password reset mail could not be sent: {0}", e.getMessage());
        }
    }

    private static String newToken() {
        return RandomTokens.urlSafe(32);
    }
}
