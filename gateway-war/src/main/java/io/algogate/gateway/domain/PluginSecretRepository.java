package io.algogate.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The plugins' encrypted secrets ({@link PluginSecret}). */
public interface PluginSecretRepository {

    Optional<String> encryptedValue(String pluginId, String name);

    /** Inserts or replaces the encrypted value. */
    void put(String pluginId, String name, String valueEncrypted, Instant now);

    /** Nothing happens if the secret is absent. */
    void delete(String pluginId, String name);

    /** Every plugin's secrets, for a key rotation. */
    List<PluginSecret> findAll();

    /** Writes the rotated rows in one transaction: all of them or none. */
    void saveEncryptedValues(List<PluginSecret> changed);
}
