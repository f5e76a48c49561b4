package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.PluginScopedId;
import io.algogate.gateway.domain.PluginSecret;
import io.algogate.gateway.domain.PluginSecretRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The plugins' encrypted secrets in the main database; joins a plugin's store transaction if one is open. */
@ApplicationScoped
@Transactional
public class JpaPluginSecretRepository implements PluginSecretRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public Optional<String> encryptedValue(String pluginId, String name) {
        return Optional.ofNullable(em.find(PluginSecret.class, new PluginScopedId(pluginId, name)))
                .map(PluginSecret::getValueEncrypted);
    }

    @Override
    public void put(String pluginId, String name, String valueEncrypted, Instant now) {
        PluginSecret existing = em.find(PluginSecret.class, new PluginScopedId(pluginId, name));
        if (existing == null) {
            em.persist(new PluginSecret(pluginId, name, valueEncrypted, now));
        } else {
            existing.replaceEncryptedValue(valueEncrypted, now);
        }
    }

    @Override
    public void delete(String pluginId, String name) {
        PluginSecret existing = em.find(PluginSecret.class, new PluginScopedId(pluginId, name));
        if (existing != null) {
            em.remove(existing);
        }
    }

    @Override
    public List<PluginSecret> findAll() {
        return em.createQuery("SELECT s FROM PluginSecret s ORDER BY s.pluginId, s.name", PluginSecret.class)
                .getResultList();
    }

    @Override
    public void saveEncryptedValues(List<PluginSecret> changed) {
        changed.forEach(em::merge);
        em.flush();
    }
}
