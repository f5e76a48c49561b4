package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.TrafficLogEntry;
import io.algogate.gateway.domain.TrafficLogRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The traffic log in the logs database; each call a transaction of its own (D10). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaTrafficLogRepository implements TrafficLogRepository {

    @PersistenceContext(unitName = "logs")
    EntityManager em;

    @Override
    public void recordAll(List<TrafficLogEntry> entries) {
        entries.forEach(em::persist);
    }

    @Override
    public List<TrafficLogEntry> newestFirst(int page, int size) {
        return em.createQuery("SELECT e FROM TrafficLogEntry e ORDER BY e.loggedAt DESC, e.id DESC",
                        TrafficLogEntry.class)
                .setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM TrafficLogEntry e", Long.class).getSingleResult();
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return em.createQuery("DELETE FROM TrafficLogEntry e WHERE e.loggedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
