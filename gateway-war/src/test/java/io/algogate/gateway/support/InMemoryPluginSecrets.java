package io.algogate.gateway.support;

import io.algogate.gateway.domain.PluginScopedId;
import io.algogate.gateway.domain.PluginSecret;
import io.algogate.gateway.domain.PluginSecretRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The plugins' encrypted secrets in a map; {@link #rows()} shows exactly what would be stored. */
public final class InMemoryPluginSecrets implements PluginSecretRepository {

    private final Map<PluginScopedId, PluginSecret> secrets = new ConcurrentHashMap<>();
    public int saves;

    @Override
    public Optional<String> encryptedValue(String pluginId, String name) {
        return Optional.ofNullable(secrets.get(new PluginScopedId(pluginId, name))).map(PluginSecret::getValueEncrypted);
    }

    @Override
    public void put(String pluginId, String name, String valueEncrypted, Instant now) {
        secrets.put(new PluginScopedId(pluginId, name), new PluginSecret(pluginId, name, valueEncrypted, now));
    }

    @Override
    public void delete(String pluginId, String name) {
        secrets.remove(new PluginScopedId(pluginId, name));
    }

    @Override
    public List<PluginSecret> findAll() {
        // Copies, like detached entities: a change counts only once it is saved.
        List<PluginSecret> copies = new ArrayList<>();
        secrets.values().forEach(s -> copies.add(
                new PluginSecret(s.getPluginId(), s.getName(), s.getValueEncrypted(), s.getUpdatedAt())));
        return copies;
    }

    @Override
    public void saveEncryptedValues(List<PluginSecret> changed) {
        saves++;
        changed.forEach(secret -> secrets.put(new PluginScopedId(secret.getPluginId(), secret.getName()), secret));
    }

    public List<PluginSecret> rows() {
        return findAll();
    }
}
