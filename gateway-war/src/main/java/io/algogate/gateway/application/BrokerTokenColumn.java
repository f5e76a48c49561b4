package io.algogate.gateway.application;

import io.algogate.gateway.domain.BrokerSessionRecord;
import io.algogate.gateway.domain.BrokerSessionRepository;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The brokers' access tokens, {@code broker_sessions.access_token_encrypted}. */
@ApplicationScoped
public class BrokerTokenColumn implements EncryptedColumn {

    @Inject
    BrokerSessionRepository sessions;

    @Override
    public String name() {
        return "broker_sessions.access_token_encrypted";
    }

    @Override
    public int rotate(SecretCipher cipher) {
        // Decrypt everything first: a token under an unknown key fails before any row is written.
        List<BrokerSessionRecord> changed = new ArrayList<>();
        for (BrokerSessionRecord session : sessions.findAll()) {
            if (session.getAccessTokenEncrypted() != null) {
                cipher.reencrypt(session.getAccessTokenEncrypted()).ifPresent(reencrypted -> {
                    session.replaceEncryptedToken(reencrypted);
                    changed.add(session);
                });
            }
        }
        changed.forEach(sessions::save);
        return changed.size();
    }
}
