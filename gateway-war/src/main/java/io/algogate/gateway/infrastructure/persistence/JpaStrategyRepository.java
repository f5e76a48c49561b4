package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.Strategy;
import io.algogate.gateway.domain.StrategyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Webhook strategies and their symbol mappings in the main database. */
@ApplicationScoped
@Transactional
public class JpaStrategyRepository implements StrategyRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public Strategy add(Strategy strategy) {
        em.persist(strategy);
        em.flush();
        return strategy;
    }

    @Override
    public Strategy save(Strategy strategy) {
        Strategy saved = em.merge(strategy);
        em.flush();
        return saved;
    }

    @Override
    public Optional<Strategy> findById(long id) {
        return Optional.ofNullable(em.find(Strategy.class, id));
    }

    @Override
    public Optional<Strategy> findByWebhookId(String webhookId) {
        return em.createQuery("SELECT s FROM Strategy s WHERE s.webhookId = :webhookId", Strategy.class)
                .setParameter("webhookId", webhookId).getResultStream().findFirst();
    }

    @Override
    public List<Strategy> findAll() {
        return em.createQuery("SELECT s FROM Strategy s ORDER BY s.id", Strategy.class).getResultList();
    }

    @Override
    public boolean delete(long id) {
        Strategy strategy = em.find(Strategy.class, id);
        if (strategy == null) {
            return false;
        }
        em.remove(strategy);
        return true;
    }
}
