package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.InstrumentRecord;
import io.algogate.gateway.domain.InstrumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The instrument master in the main database. */
@ApplicationScoped
@Transactional
public class JpaInstrumentRepository implements InstrumentRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(List<InstrumentRecord> batch) {
        batch.forEach(em::persist);
        em.flush();
        // The persistence context would otherwise keep every row of a 100,000-row master.
        em.clear();
    }

    @Override
    public int deleteAllBut(long keptGeneration) {
        return em.createQuery("DELETE FROM InstrumentRecord i WHERE i.generation <> :kept")
                .setParameter("kept", keptGeneration).executeUpdate();
    }

    @Override
    public long count(long generation) {
        return em.createQuery("SELECT COUNT(i) FROM InstrumentRecord i WHERE i.generation = :generation", Long.class)
                .setParameter("generation", generation).getSingleResult();
    }

    @Override
    public Optional<InstrumentRecord> find(long generation, String exchange, String symbol) {
        return em.createQuery("SELECT i FROM InstrumentRecord i WHERE i.generation = :generation"
                        + " AND i.exchange = :exchange AND i.symbol = :symbol", InstrumentRecord.class)
                .setParameter("generation", generation).setParameter("exchange", exchange)
                .setParameter("symbol", symbol).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<java.math.BigDecimal> strikes(long generation, String exchange, String name,
            java.time.LocalDate expiry, String instrumentType) {
        return em.createQuery("SELECT DISTINCT i.strike FROM InstrumentRecord i WHERE i.generation = :generation"
                        + " AND i.exchange = :exchange AND i.name = :name AND i.expiry = :expiry"
                        + " AND i.instrumentType = :type AND i.strike IS NOT NULL ORDER BY i.strike",
                        java.math.BigDecimal.class)
                .setParameter("generation", generation).setParameter("exchange", exchange)
                .setParameter("name", name).setParameter("expiry", expiry).setParameter("type", instrumentType)
                .getResultList();
    }

    @Override
    public List<InstrumentRecord> search(long generation, String text, String exchange, int limit) {
        String pattern = "%" + text.toUpperCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        // Derby refuses "? IS NULL", so the exchange's condition is left out rather than made optional.
        TypedQuery<InstrumentRecord> query = em.createQuery("SELECT i FROM InstrumentRecord i"
                        + " WHERE i.generation = :generation" + (exchange == null ? "" : " AND i.exchange = :exchange")
                        + " AND (UPPER(i.symbol) LIKE :pattern ESCAPE '\\' OR UPPER(i.name) LIKE :pattern ESCAPE '\\')"
                        + " ORDER BY i.symbol, i.exchange", InstrumentRecord.class)
                .setParameter("generation", generation).setParameter("pattern", pattern);
        if (exchange != null) {
            query.setParameter("exchange", exchange);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<java.time.LocalDate> expiries(long generation, String exchange, String name,
            List<String> instrumentTypes) {
        return em.createQuery("SELECT DISTINCT i.expiry FROM InstrumentRecord i WHERE i.generation = :generation"
                        + " AND i.exchange = :exchange AND i.name = :name AND i.instrumentType IN :types"
                        + " AND i.expiry IS NOT NULL ORDER BY i.expiry", java.time.LocalDate.class)
                .setParameter("generation", generation).setParameter("exchange", exchange)
                .setParameter("name", name).setParameter("types", instrumentTypes).getResultList();
    }

    @Override
    public List<InstrumentRecord> list(long generation, String exchange) {
        TypedQuery<InstrumentRecord> query = em.createQuery("SELECT i FROM InstrumentRecord i"
                        + " WHERE i.generation = :generation" + (exchange == null ? "" : " AND i.exchange = :exchange")
                        + " ORDER BY i.exchange, i.symbol", InstrumentRecord.class)
                .setParameter("generation", generation);
        if (exchange != null) {
            query.setParameter("exchange", exchange);
        }
        return query.getResultList();
    }
}
