package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.gateway.domain.BrokerSessionRecord;
import io.algogate.gateway.support.InMemoryBrokerSessions;
import io.algogate.gateway.domain.AccountRecoveryRepository;
import io.algogate.gateway.domain.PasswordResetToken;
import io.algogate.gateway.domain.SmtpSettings;
import io.algogate.gateway.domain.TotpCredential;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.infrastructure.crypto.KeyMaterial;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import io.algogate.gateway.support.InMemoryPluginSecrets;
import io.algogate.gateway.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The TOTP secrets and the SMTP password follow a key rotation like the API keys do. */
class EncryptedColumnsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final KeyMaterial OLD = new KeyMaterial("o".repeat(40), "0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final KeyMaterial NEW = new KeyMaterial("n".repeat(40), "fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    private static final SecretCipher BEFORE = new SecretCipher(OLD, List.of(), 1_000);
    private static final SecretCipher DURING = new SecretCipher(NEW, List.of(OLD), 1_000);
    private static final SecretCipher AFTER = new SecretCipher(NEW, List.of(), 1_000);

    @Test
    void totpSecretsAreReencryptedUnderTheNewKey() {
        InMemoryTotpCredentials credentials = new InMemoryTotpCredentials();
        credentials.save(new TotpCredential(1L, BEFORE.encrypt("JBSWY3DPEHPK3PXP"), NOW));
        TotpSecretColumn column = new TotpSecretColumn();
        column.credentials = credentials;

        assertEquals(1, column.rotate(DURING));
        assertEquals(0, column.rotate(DURING), "already under the current key");
        assertEquals("JBSWY3DPEHPK3PXP", AFTER.decrypt(credentials.findByUserId(1L).orElseThrow().getSecretEncrypted()));
    }

    @Test
    void theSmtpPasswordIsReencryptedAndAnUnknownKeyFailsClearly() {
        SingleSmtpSettings repository = new SingleSmtpSettings();
        repository.settings = new SmtpSettings("mail.example.com", 587, "gateway", BEFORE.encrypt("smtp-secret"),
                "gateway@example.com", SmtpSettings.Security.STARTTLS, NOW);
        SmtpPasswordColumn column = new SmtpPasswordColumn();
        column.repository = repository;

        assertThrows(IllegalStateException.class, () -> column.rotate(AFTER), "the old key is not configured");
        assertEquals(1, column.rotate(DURING));
        assertEquals("smtp-secret", AFTER.decrypt(repository.settings.getPasswordEncrypted()));
    }

    @Test
    void pluginSecretsAreReencryptedUnderTheNewKeyAllOrNothing() {
        InMemoryPluginSecrets secrets = new InMemoryPluginSecrets();
        secrets.put("kite", "access_token", BEFORE.encrypt("kite-token"), NOW);
        secrets.put("sandbox", "api_secret", BEFORE.encrypt("sandbox-secret"), NOW);
        PluginSecretColumn column = new PluginSecretColumn();
        column.secrets = secrets;
        column.clock = new MutableClock(NOW);

        assertThrows(IllegalStateException.class, () -> column.rotate(AFTER), "the old key is not configured");
        assertEquals(0, secrets.saves, "nothing is written when a row cannot be decrypted");
        assertEquals(2, column.rotate(DURING));
        assertEquals(0, column.rotate(DURING), "already under the current key");
        assertEquals("kite-token", AFTER.decrypt(secrets.encryptedValue("kite", "access_token").orElseThrow()));
        assertEquals("sandbox-secret", AFTER.decrypt(secrets.encryptedValue("sandbox", "api_secret").orElseThrow()));
        assertEquals("plugin_secrets.value_encrypted", column.name());
    }

    @Test
    void brokerTokensAreReencryptedAllOrNothing() {
        InMemoryBrokerSessions sessions = new InMemoryBrokerSessions();
        BrokerSessionRecord kite = new BrokerSessionRecord(1L, "kite");
        kite.establish("kite", NOW, NOW.plusSeconds(3600), "AB1234", BEFORE.encrypt("kite-access-token"));
        sessions.save(kite);
        BrokerSessionRecord sandbox = new BrokerSessionRecord(2L, "sandbox");
        sandbox.establish("sandbox", NOW, null);
        sessions.save(sandbox);
        sessions.saves = 0;
        BrokerTokenColumn column = new BrokerTokenColumn();
        column.sessions = sessions;

        assertThrows(IllegalStateException.class, () -> column.rotate(AFTER), "the old key is not configured");
        assertEquals(0, sessions.saves, "nothing is written when a token cannot be decrypted");
        assertEquals(1, column.rotate(DURING), "the sandbox's session has no token");
        assertEquals(0, column.rotate(DURING), "already under the current key");
        assertEquals("kite-access-token", AFTER.decrypt(sessions.findByUserId(1L).orElseThrow().getAccessTokenEncrypted()));
        assertEquals("broker_sessions.access_token_encrypted", column.name());
    }

    /** One row of SMTP settings; the rest of the repository is not needed here. */
    private static final class SingleSmtpSettings implements AccountRecoveryRepository {
        SmtpSettings settings;

        @Override
        public Optional<SmtpSettings> smtpSettings() {
            return Optional.ofNullable(settings);
        }

        @Override
        public SmtpSettings saveSmtpSettings(SmtpSettings changed) {
            settings = changed;
            return changed;
        }

        @Override
        public PasswordResetToken addToken(PasswordResetToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<PasswordResetToken> findTokenByHash(String tokenHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PasswordResetToken saveToken(PasswordResetToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> findUserByEmail(String email) {
            throw new UnsupportedOperationException();
        }
    }
}
