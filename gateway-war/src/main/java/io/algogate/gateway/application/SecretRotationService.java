package io.algogate.gateway.application;

import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Re-encrypts every stored secret under the current encryption key, the step between configuring a
 * new key (the old one kept under {@code algogate.security.encryption-key.previous}) and dropping
 * the old one. Rows already under the current key are left alone, so running it twice is harmless,
 * and a run that stopped part-way (an unknown key in a later column) is finished by running it again.
 */
@ApplicationScoped
public class SecretRotationService {

    private static final Logger LOG = Logger.getLogger(SecretRotationService.class.getName());

    @Inject
    GatewayCrypto crypto;

    @Inject
    @Any
    Instance<EncryptedColumn> columns;

    /** What a rotation did: the current key's id and how many rows changed, in total and per column. */
    public record Rotation(String keyId, int reencrypted, Map<String, Integer> byColumn) {
        public Rotation {
            byColumn = Map.copyOf(byColumn);
        }
    }

    /**
     * @throws io.algogate.gateway.infrastructure.crypto.UnknownEncryptionKeyException when a row is
     *     under a key that is not in the ring
     */
    public Rotation rotateAll() {
        return rotate(crypto.cipher(), columns);
    }

    Rotation rotate(SecretCipher cipher, Iterable<EncryptedColumn> encryptedColumns) {
        Map<String, Integer> byColumn = new LinkedHashMap<>();
        int total = 0;
        for (EncryptedColumn column : encryptedColumns) {
            int changed = column.rotate(cipher);
            byColumn.put(column.name(), changed);
            total += changed;
        }
        int reencrypted = total;
        LOG.info(() -> "Re-encrypted " + reencrypted + " stored secrets under key " + cipher.keyId() + ": " + byColumn);
        return new Rotation(cipher.keyId(), reencrypted, byColumn);
    }
}
