package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.SecretStore;
import io.algogate.gateway.domain.PluginScopedId;
import io.algogate.gateway.domain.PluginSecretRepository;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin's {@link SecretStore}, bound to its id: values are encrypted with the gateway's
 * {@link SecretCipher} before they reach {@code plugin_secrets}, and re-encrypted by
 * {@code PluginSecretColumn} when the key rotates. Nothing here logs, and no error quotes a value.
 */
final class HostSecretStore implements SecretStore {

    private final String pluginId;
    private final PluginSecretRepository secrets;
    private final SecretCipher cipher;
    private final Clock clock;

    HostSecretStore(String pluginId, PluginSecretRepository secrets, SecretCipher cipher, Clock clock) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void put(String name, String value) {
        checkName(name);
        Objects.requireNonNull(value, "value");
        secrets.put(pluginId, name, cipher.encrypt(value), clock.instant());
    }

    @Override
    public Optional<String> get(String name) {
        return secrets.encryptedValue(pluginId, checkName(name)).map(cipher::decrypt);
    }

    @Override
    public void remove(String name) {
        secrets.delete(pluginId, checkName(name));
    }

    private static String checkName(String name) {
        return PluginScopedId.checkName(name, "A secret name");
    }
}
