package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.ApiKeyRecord;
import io.algogate.gateway.domain.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** API keys in the main database. */
@ApplicationScoped
@Transactional
public class JpaApiKeyRepository implements ApiKeyRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public Optional<ApiKeyRecord> findByLookupIndex(String lookupIndex) {
        return em.createQuery("SELECT k FROM ApiKeyRecord k WHERE k.lookupIndex = :index", ApiKeyRecord.class)
                .setParameter("index", lookupIndex).getResultStream().findFirst();
    }

    @Override
    public ApiKeyRecord add(ApiKeyRecord key) {
        em.persist(key);
        em.flush();
        return key;
    }

    @Override
    public List<ApiKeyRecord> findAll() {
        return em.createQuery("SELECT k FROM ApiKeyRecord k ORDER BY k.id", ApiKeyRecord.class).getResultList();
    }

    /** One transaction: the rows change together or not at all. */
    @Override
    public Optional<ApiKeyRecord> findByUserId(long userId) {
        return em.createQuery("SELECT k FROM ApiKeyRecord k WHERE k.userId = :userId", ApiKeyRecord.class)
                .setParameter("userId", userId).getResultStream().findFirst();
    }

    @Override
    public ApiKeyRecord save(ApiKeyRecord key) {
        ApiKeyRecord saved = em.merge(key);
        em.flush();
        return saved;
    }

    @Override
    public void saveEncryptedKeys(List<ApiKeyRecord> changed) {
        changed.forEach(em::merge);
        em.flush();
    }
}
