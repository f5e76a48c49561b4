package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.AuditChain;
import io.algogate.gateway.domain.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Appends one chained row in a transaction of its own. A bean apart from {@link SecurityEventLog} so
 * that the transaction commits when {@link #append} returns, while the log still holds its lock: the
 * next append then reads this row as the head.
 */
@ApplicationScoped
public class AuditAppender {

    @PersistenceContext(unitName = "logs")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SecurityEvent append(AuditChain chain, Instant occurredAt, SecurityEvent.Type type, String username,
            String clientIp, String detail) {
        List<SecurityEvent> head = em.createQuery("SELECT e FROM SecurityEvent e WHERE e.chainSequence IS NOT NULL "
                + "ORDER BY e.chainSequence DESC", SecurityEvent.class).setMaxResults(1).getResultList();
        long sequence = head.isEmpty() ? 1 : head.get(0).getSequence() + 1;
        String previousMac = head.isEmpty() ? AuditChain.GENESIS_MAC : head.get(0).getMac();
        AuditChain.Fields fields = new AuditChain.Fields(sequence, occurredAt, type.name(), username, clientIp,
                detail);
        SecurityEvent event = new SecurityEvent(fields, chain.macOf(fields, previousMac));
        em.persist(event);
        // Flushed here so a second gateway that took the same sequence fails inside this call.
        em.flush();
        return event;
    }

    /** The id of the newest committed row, 0 for none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long newestId() {
        Long newest = em.createQuery("SELECT MAX(e.id) FROM SecurityEvent e", Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    /** One page of the rows after {@code afterId} up to {@code lastId}, in append order (by id). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<SecurityEvent> pageAfter(long afterId, long lastId, int size) {
        return em.createQuery("SELECT e FROM SecurityEvent e WHERE e.id > :after AND e.id <= :last ORDER BY e.id",
                SecurityEvent.class).setParameter("after", afterId).setParameter("last", lastId)
                .setMaxResults(size).getResultList();
    }
}
