package io.algogate.security.filters;

/**
 * Port: counts invalid API keys per client; the implementation bans past its threshold. Only a short
 * prefix of the key's SHA-256 reaches it, never the key.
 */
@FunctionalInterface
public interface InvalidKeyTracker {

    void recordInvalidKey(String clientKey, String keySha256Prefix);
}
