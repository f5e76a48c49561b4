package io.algogate.gateway.application;

import io.algogate.gateway.domain.ApiKeyRecord;
import io.algogate.gateway.domain.ApiKeyRepository;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The encrypted copies of API keys, {@code api_keys.key_encrypted}. */
@ApplicationScoped
public class ApiKeyEncryptedColumn implements EncryptedColumn {

    @Inject
    ApiKeyRepository keys;

    @Override
    public String name() {
        return "api_keys.key_encrypted";
    }

    @Override
    public int rotate(SecretCipher cipher) {
        // Everything is decrypted before anything is written, so an unknown key leaves the table as it was.
        List<ApiKeyRecord> changed = new ArrayList<>();
        for (ApiKeyRecord record : keys.findAll()) {
            cipher.reencrypt(record.getKeyEncrypted()).ifPresent(reencrypted -> {
                record.replaceEncryptedKey(reencrypted);
                changed.add(record);
            });
        }
        if (!changed.isEmpty()) {
            keys.saveEncryptedKeys(changed);
        }
        return changed.size();
    }
}
