package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.TotpCredential;
import io.algogate.gateway.domain.TotpCredentialRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** TOTP credentials in the main database. */
@ApplicationScoped
@Transactional
public class JpaTotpCredentialRepository implements TotpCredentialRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public Optional<TotpCredential> findByUserId(long userId) {
        return em.createQuery("SELECT t FROM TotpCredential t WHERE t.userId = :userId", TotpCredential.class)
                .setParameter("userId", userId).getResultStream().findFirst();
    }

    @Override
    public TotpCredential save(TotpCredential credential) {
        TotpCredential saved = em.merge(credential);
        em.flush();
        return saved;
    }

    /**
     * One conditional UPDATE: the database decides which of two racing verifications wins, across
     * threads, transactions and gateways alike. Native SQL because the entity maps the column as not
     * updatable, so that a merge never writes it.
     */
    @Override
    public boolean markStepUsed(long userId, long step, Instant now) {
        int updated = em.createNativeQuery("UPDATE totp_credentials SET last_used_step = ?1, updated_at = ?2"
                        + " WHERE user_id = ?3 AND last_used_step < ?4")
                .setParameter(1, step).setParameter(2, Timestamp.from(now)).setParameter(3, userId)
                .setParameter(4, step)
                .executeUpdate();
        if (updated == 1) {
            // The shared cache still holds the old step; drop it so later reads see the row.
            em.getEntityManagerFactory().getCache().evict(TotpCredential.class);
        }
        return updated == 1;
    }

    @Override
    public void deleteByUserId(long userId) {
        em.createQuery("DELETE FROM TotpCredential t WHERE t.userId = :userId")
                .setParameter("userId", userId).executeUpdate();
    }

    @Override
    public List<TotpCredential> findAll() {
        return em.createQuery("SELECT t FROM TotpCredential t", TotpCredential.class).getResultList();
    }
}
