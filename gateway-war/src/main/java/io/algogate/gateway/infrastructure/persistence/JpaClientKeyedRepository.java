package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.ClientKeyed;
import io.algogate.gateway.domain.ClientKeyedRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Per-client records in the logs database (D10). Every call, reads included, runs in a transaction of
 * its own ({@code REQUIRES_NEW} on the subclasses): a filter or a business transaction on the main
 * database may be running, and the two non-XA datasources must never share one.
 */
abstract class JpaClientKeyedRepository<T extends ClientKeyed> implements ClientKeyedRepository<T> {

    @PersistenceContext(unitName = "logs")
    EntityManager em;

    private final Class<T> type;

    protected JpaClientKeyedRepository(Class<T> type) {
        this.type = type;
    }

    @Override
    public Optional<T> findByClientKey(String clientKey) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.clientKey = :clientKey", type)
                .setParameter("clientKey", clientKey).getResultStream().findFirst();
    }

    /** Merges (the caller holds a detached copy) and flushes, so a constraint violation fails here. */
    @Override
    public T save(T record) {
        T stored = em.merge(record);
        em.flush();
        return stored;
    }

    @Override
    public List<T> findAll() {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r", type).getResultList();
    }
}
