package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.OrderLogEntry;
import io.algogate.gateway.domain.OrderLogQuery;
import io.algogate.gateway.domain.OrderLogRepository;
import io.algogate.gateway.domain.TradingMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The order log in the logs database. Every call runs in a transaction of its own (D10): an order's
 * log line never joins, nor waits for, a business transaction on the main database. Entries are
 * written by {@link GroupCommit group commit}: each caller returns once its entry is committed, and
 * entries that arrive while a commit is under way share the next one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaOrderLogRepository implements OrderLogRepository {

    @PersistenceContext(unitName = "logs")
    EntityManager em;

    @Inject
    OrderLogBatchWriter batchWriter;

    private final Object pendingLock = new Object();
    /** Entries and their callers' tickets waiting for the next commit; guarded by {@link #pendingLock}. */
    private List<OrderLogEntry> pendingEntries = new ArrayList<>();
    private List<GroupCommit.Ticket> pendingTickets = new ArrayList<>();
    private final GroupCommit commits = new GroupCommit(this::takePending);

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void record(OrderLogEntry entry) {
        GroupCommit.Ticket ticket = new GroupCommit.Ticket();
        synchronized (pendingLock) {
            pendingEntries.add(entry);
            pendingTickets.add(ticket);
        }
        commits.await(ticket);
    }

    private GroupCommit.Batch takePending() {
        List<OrderLogEntry> entries;
        List<GroupCommit.Ticket> tickets;
        synchronized (pendingLock) {
            entries = pendingEntries;
            tickets = pendingTickets;
            pendingEntries = new ArrayList<>();
            pendingTickets = new ArrayList<>();
        }
        return new GroupCommit.Batch() {
            @Override
            public List<GroupCommit.Ticket> tickets() {
                return tickets;
            }

            @Override
            public void commit() {
                batchWriter.persistAll(entries);
            }
        };
    }

    @Override
    public List<OrderLogEntry> newestFirst(OrderLogQuery query, int page, int size) {
        TypedQuery<OrderLogEntry> select = em.createQuery("SELECT e FROM OrderLogEntry e" + where(query)
                + " ORDER BY e.loggedAt DESC, e.id DESC", OrderLogEntry.class);
        bind(select, query);
        return select.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OrderLogQuery query) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM OrderLogEntry e" + where(query), Long.class);
        bind(count, query);
        return count.getSingleResult();
    }

    /** The filter's conditions, each with a parameter: no value is ever part of the query text. */
    private static String where(OrderLogQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.endpoint() != null) {
            conditions.add("e.endpoint = :endpoint");
        }
        if (query.mode() != null) {
            conditions.add("e.mode = :mode");
        }
        if (query.date() != null) {
            conditions.add("e.loggedAt >= :from AND e.loggedAt < :until");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> select, OrderLogQuery query) {
        if (query.endpoint() != null) {
            select.setParameter("endpoint", query.endpoint());
        }
        if (query.mode() != null) {
            select.setParameter("mode", query.mode().wireName());
        }
        if (query.date() != null) {
            select.setParameter("from", query.from()).setParameter("until", query.until());
        }
    }

    @Override
    public long countByMode(TradingMode mode) {
        return em.createQuery("SELECT COUNT(e) FROM OrderLogEntry e WHERE e.mode = :mode", Long.class)
                .setParameter("mode", mode.wireName()).getSingleResult();
    }
}
