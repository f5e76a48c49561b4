package io.algogate.gateway.infrastructure.crypto;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The secrets the gateway runs on: the pepper (Argon2's secret input for passwords and API keys),
 * and the key material and salt from which the at-rest encryption key is derived.
 * {@link #toString()} never shows them.
 */
public record GatewaySecrets(String pepper, String encryptionKey, byte[] encryptionSalt, boolean generated) {

    public static final int MINIMUM_LENGTH = 32;

    public GatewaySecrets {
        Objects.requireNonNull(pepper, "pepper");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        Objects.requireNonNull(encryptionSalt, "encryptionSalt");
        encryptionSalt = encryptionSalt.clone();
    }

    @Override
    public byte[] encryptionSalt() {
        return encryptionSalt.clone();
    }

    /** Parses a hex salt, explaining a bad one without echoing it. */
    public static byte[] parseSalt(String hex, String source) {
        try {
            byte[] salt = HexFormat.of().parseHex(hex.trim());
            if (salt.length < 16) {
                throw new IllegalStateException("The encryption salt from " + source
                        + " must be at least 32 hex characters");
            }
            return salt;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption salt from " + source + " is not hexadecimal", e);
        }
    }

    @Override
    public String toString() {
        return "GatewaySecrets[generated=" + generated + ", values hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
