package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.OrderLogEntry;
import io.algogate.gateway.domain.OrderLogRepository;
import io.algogate.gateway.domain.TradingMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The order log in the logs database. Every call runs in a transaction of its own (D10): an order's
 * log line never joins, nor waits for, a business transaction on the main database.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaOrderLogRepository implements OrderLogRepository {

    @PersistenceContext(unitName = "logs")
    EntityManager em;

    @Override
    public void record(OrderLogEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<OrderLogEntry> newestFirst(int page, int size) {
        return em.createQuery("SELECT e FROM OrderLogEntry e ORDER BY e.loggedAt DESC, e.id DESC", OrderLogEntry.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM OrderLogEntry e", Long.class).getSingleResult();
    }

    @Override
    public long countByMode(TradingMode mode) {
        return em.createQuery("SELECT COUNT(e) FROM OrderLogEntry e WHERE e.mode = :mode", Long.class)
                .setParameter("mode", mode.wireName()).getSingleResult();
    }
}
