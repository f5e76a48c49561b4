package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes security events to the logs database in a transaction of their own (D10), so a failed
 * business transaction still leaves its trace and the two databases never share a transaction.
 */
@ApplicationScoped
public class SecurityEventLog {

    private static final Logger LOG = Logger.getLogger(SecurityEventLog.class.getName());

    @PersistenceContext(unitName = "logs")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEvent.Type type, String username, String clientIp) {
        em.persist(new SecurityEvent(clock.instant(), type, truncate(username, 64), truncate(clientIp, 64)));
        LOG.log(Level.INFO, "Security event {0} for user {1} from {2}",
                new Object[] {type, truncate(username, 64), clientIp});
    }

    /** The newest events first, for the admin's login-activity view. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.List<SecurityEvent> recent(int limit) {
        return em.createQuery("SELECT e FROM SecurityEvent e ORDER BY e.occurredAt DESC, e.id DESC", SecurityEvent.class)
                .setMaxResults(limit).getResultList();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
