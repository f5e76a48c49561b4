package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.PluginScopedId;
import io.algogate.gateway.domain.PluginStateEntry;
import io.algogate.gateway.domain.PluginStateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plugins' state in the main database. Every method is {@code @Transactional} (REQUIRED), so on
 * its own each commits by itself, and inside {@link #inTransaction} each joins the one transaction.
 */
@ApplicationScoped
@Transactional
public class JpaPluginStateRepository implements PluginStateRepository {

    /** LIKE's escape character: '!' rather than a backslash, which PostgreSQL and Derby quote differently. */
    private static final char LIKE_ESCAPE = '!';

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public Optional<byte[]> value(String pluginId, String key) {
        return Optional.ofNullable(em.find(PluginStateEntry.class, new PluginScopedId(pluginId, key)))
                .map(PluginStateEntry::getValue);
    }

    @Override
    public void put(String pluginId, String key, byte[] value, Instant now) {
        PluginStateEntry existing = em.find(PluginStateEntry.class, new PluginScopedId(pluginId, key));
        if (existing == null) {
            em.persist(new PluginStateEntry(pluginId, key, value, now));
        } else {
            existing.replaceValue(value, now);
        }
    }

    @Override
    public void insert(String pluginId, String key, byte[] value, Instant now) {
        em.persist(new PluginStateEntry(pluginId, key, value, now));
    }

    @Override
    public void delete(String pluginId, String key) {
        PluginStateEntry existing = em.find(PluginStateEntry.class, new PluginScopedId(pluginId, key));
        if (existing != null) {
            em.remove(existing);
        }
    }

    @Override
    public List<String> keys(String pluginId, String prefix) {
        return em.createQuery("SELECT e.name FROM PluginStateEntry e WHERE e.pluginId = :pluginId"
                        + " AND e.name LIKE :pattern ESCAPE '" + LIKE_ESCAPE + "'", String.class)
                .setParameter("pluginId", pluginId)
                .setParameter("pattern", likePrefix(prefix))
                .getResultList();
    }

    /** The work runs inside this method's transaction; a RuntimeException rolls it back. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /** The prefix with LIKE's wildcards escaped, so a key prefix "a_b" does not match "axb". */
    static String likePrefix(String prefix) {
        StringBuilder pattern = new StringBuilder(prefix.length() + 1);
        for (char c : prefix.toCharArray()) {
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
