package io.algogate.gateway.interfaces.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Test profile only (reached through {@link TestControlServlet}): edits a row of the audit trail
 * behind the application's back, as someone with access to the logs database could, so an IT can show
 * that verification names that row. An IT cannot open the embedded Derby the server holds itself.
 */
@ApplicationScoped
public class AuditTampering {

    @PersistenceContext(unitName = "logs")
    EntityManager em;

    /** Sets the row's username; returns the username it had, so the test can put it back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String replaceUsername(long id, String username) {
        String previous = em.createQuery("SELECT e.username FROM SecurityEvent e WHERE e.id = :id", String.class)
                .setParameter("id", id).getSingleResult();
        em.createQuery("UPDATE SecurityEvent e SET e.username = :username WHERE e.id = :id")
                .setParameter("username", username).setParameter("id", id).executeUpdate();
        return previous;
    }
}
