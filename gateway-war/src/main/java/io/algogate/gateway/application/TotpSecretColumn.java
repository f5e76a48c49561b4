package io.algogate.gateway.application;

import io.algogate.gateway.domain.TotpCredential;
import io.algogate.gateway.domain.TotpCredentialRepository;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** The TOTP secrets, {@code totp_credentials.secret_encrypted}. */
@ApplicationScoped
public class TotpSecretColumn implements EncryptedColumn {

    @Inject
    TotpCredentialRepository credentials;

    @Override
    public String name() {
        return "totp_credentials.secret_encrypted";
    }

    @Override
    @Transactional
    public int rotate(SecretCipher cipher) {
        // Decrypt everything first: an unknown key fails before any row is written.
        List<TotpCredential> changed = new ArrayList<>();
        for (TotpCredential credential : credentials.findAll()) {
            cipher.reencrypt(credential.getSecretEncrypted()).ifPresent(reencrypted -> {
                credential.replaceEncryptedSecret(reencrypted);
                changed.add(credential);
            });
        }
        changed.forEach(credentials::save);
        return changed.size();
    }
}
