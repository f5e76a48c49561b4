package io.algogate.gateway.application;

import io.algogate.gateway.domain.PluginSecret;
import io.algogate.gateway.domain.PluginSecretRepository;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The broker plugins' secrets, {@code plugin_secrets.value_encrypted}. */
@ApplicationScoped
public class PluginSecretColumn implements EncryptedColumn {

    @Inject
    PluginSecretRepository secrets;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "plugin_secrets.value_encrypted";
    }

    @Override
    public int rotate(SecretCipher cipher) {
        // Decrypt everything first: a secret under an unknown key fails before any row is written.
        List<PluginSecret> changed = new ArrayList<>();
        for (PluginSecret secret : secrets.findAll()) {
            cipher.reencrypt(secret.getValueEncrypted()).ifPresent(reencrypted -> {
                secret.replaceEncryptedValue(reencrypted, clock.instant());
                changed.add(secret);
            });
        }
        if (!changed.isEmpty()) {
            secrets.saveEncryptedValues(changed);
        }
        return changed.size();
    }
}
