package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.BrokerSessionRecord;
import io.algogate.gateway.domain.BrokerSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Broker sessions in the main database. */
@ApplicationScoped
@Transactional
public class JpaBrokerSessionRepository implements BrokerSessionRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public Optional<BrokerSessionRecord> findByUserId(long userId) {
        return em.createQuery("SELECT s FROM BrokerSessionRecord s WHERE s.userId = :userId", BrokerSessionRecord.class)
                .setParameter("userId", userId).getResultStream().findFirst();
    }

    @Override
    public BrokerSessionRecord save(BrokerSessionRecord session) {
        BrokerSessionRecord saved = em.merge(session);
        em.flush();
        return saved;
    }

    @Override
    public List<BrokerSessionRecord> findAll() {
        return em.createQuery("SELECT s FROM BrokerSessionRecord s ORDER BY s.userId", BrokerSessionRecord.class)
                .getResultList();
    }
}
