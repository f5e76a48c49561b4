package io.algogate.gateway.infrastructure.crypto;

/**
 * A stored secret names a key that is neither the current key nor a configured previous one: the
 * operator removed a previous key too early, or restored data from another installation. The message
 * names the key id (a fingerprint), never the stored value.
 */
public class UnknownEncryptionKeyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String keyId;

    public UnknownEncryptionKeyException(String keyId, String currentKeyId) {
        super("A stored secret was encrypted under key '" + keyId + "', which is neither the current key '"
                + currentKeyId + "' nor a configured previous key (algogate.security.encryption-key.previous)");
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
