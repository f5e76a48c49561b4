package io.algogate.gateway.application;

import io.algogate.gateway.domain.AccountRecoveryRepository;
import io.algogate.gateway.domain.SmtpSettings;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The SMTP password, {@code smtp_settings.password_encrypted}. */
@ApplicationScoped
public class SmtpPasswordColumn implements EncryptedColumn {

    @Inject
    AccountRecoveryRepository repository;

    @Override
    public String name() {
        return "smtp_settings.password_encrypted";
    }

    @Override
    public int rotate(SecretCipher cipher) {
        Optional<SmtpSettings> settings = repository.smtpSettings().filter(s -> s.getPasswordEncrypted() != null);
        Optional<String> reencrypted = settings.flatMap(s -> cipher.reencrypt(s.getPasswordEncrypted()));
        if (reencrypted.isEmpty()) {
            return 0;
        }
        settings.get().replaceEncryptedPassword(reencrypted.get());
        repository.saveSmtpSettings(settings.get());
        return 1;
    }
}
