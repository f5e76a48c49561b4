package io.algogate.gateway.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Asks each database a question that needs a live connection and reads at most one row, for the
 * readiness check: cheap enough for a load balancer's probe every few seconds, unlike a count over
 * the traffic log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DatabaseProbe {

    @PersistenceContext(unitName = "gateway")
    EntityManager main;

    @PersistenceContext(unitName = "logs")
    EntityManager logs;

    /** Throws when the main database cannot be reached. */
    public void probeMain() {
        main.createQuery("SELECT u.id FROM UserAccount u", Long.class).setMaxResults(1).getResultList();
    }

    /** Throws when the logs database cannot be reached. */
    public void probeLogs() {
        logs.createQuery("SELECT e.id FROM TrafficLogEntry e", Long.class).setMaxResults(1).getResultList();
    }
}
