package io.algogate.broker.spi;

import java.util.Optional;

/**
 * Provided by the host: the plugin's secrets (API secrets, tokens), encrypted at rest with the
 * gateway's key. Names are private to the plugin; two plugins never see each other's.
 */
public interface SecretStore {

    /** Stores or replaces a secret. */
    void put(String name, String value);

    /** The secret, if stored. */
    Optional<String> get(String name);

    /** Forgets a secret; nothing happens if it was not stored. */
    void remove(String name);
}
