package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.OrderLogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writes one group commit's order log entries in one transaction of the logs database (D10: never
 * inside a business transaction). A bean of its own so that the transaction interceptor runs.
 */
@ApplicationScoped
public class OrderLogBatchWriter {

    @PersistenceContext(unitName = "logs")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void persistAll(List<OrderLogEntry> entries) {
        entries.forEach(em::persist);
    }
}
