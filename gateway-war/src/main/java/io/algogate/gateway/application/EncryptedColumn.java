package io.algogate.gateway.application;

import io.algogate.gateway.infrastructure.crypto.SecretCipher;

/**
 * A column that holds secrets encrypted with the {@link SecretCipher}. Each such column (API keys
 * today; broker tokens, TOTP secrets and the SMTP password later) is a CDI bean implementing this, so
 * {@link SecretRotationService} re-encrypts it without knowing about it.
 */
public interface EncryptedColumn {

    /** Names the column in reports and errors, e.g. {@code api_keys.key_encrypted}. */
    String name();

    /**
     * Re-encrypts every row not yet under the cipher's current key, leaving the others alone. A row
     * under an unknown key fails the whole column before anything is written.
     *
     * @return how many rows changed
     */
    int rotate(SecretCipher cipher);
}
