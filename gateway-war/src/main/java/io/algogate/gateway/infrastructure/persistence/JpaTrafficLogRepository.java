package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.TrafficLogEntry;
import io.algogate.gateway.domain.TrafficLogQuery;
import io.algogate.gateway.domain.TrafficLogRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The traffic log in the logs database; each call a transaction of its own (D10). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaTrafficLogRepository implements TrafficLogRepository {

    /** One row per request: written as one JDBC batch per call ({@link JdbcBatch} says why). */
    private static final String INSERT = "INSERT INTO traffic_log (logged_at, client_ip, method, path, status,"
            + " duration_ms, user_id, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "logs")
    EntityManager em;

    @Resource(lookup = "jdbc/logsDS")
    DataSource logs;

    @Override
    public void recordAll(List<TrafficLogEntry> entries) {
        JdbcBatch.run(logs, INSERT, entries, (statement, entry) -> {
            JdbcBatch.setInstant(statement, 1, entry.getLoggedAt());
            statement.setString(2, entry.getClientIp());
            statement.setString(3, entry.getMethod());
            statement.setString(4, entry.getPath());
            statement.setInt(5, entry.getStatus());
            statement.setLong(6, entry.getDurationMillis());
            JdbcBatch.setNullableLong(statement, 7, entry.getUserId());
            JdbcBatch.setNullableString(statement, 8, entry.getError());
        });
    }

    @Override
    public List<TrafficLogEntry> newestFirst(int page, int size) {
        return newestFirst(TrafficLogQuery.ALL, page, size);
    }

    @Override
    public List<TrafficLogEntry> newestFirst(TrafficLogQuery query, int page, int size) {
        TypedQuery<TrafficLogEntry> select = em.createQuery("SELECT e FROM TrafficLogEntry e" + where(query)
                + " ORDER BY e.loggedAt DESC, e.id DESC", TrafficLogEntry.class);
        bind(select, query);
        return select.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
    }

    /** The filter's conditions, each with a parameter: no value is ever part of the query text. */
    private static String where(TrafficLogQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.statusClass() != null) {
            conditions.add("e.status >= :statusFrom AND e.status < :statusUntil");
        }
        if (query.method() != null) {
            conditions.add("e.method = :method");
        }
        if (query.pathContains() != null) {
            // LOCATE, not LIKE: a % or _ the admin types is looked for as itself.
            conditions.add("LOCATE(:pathPart, e.path) > 0");
        }
        if (query.clientIp() != null) {
            conditions.add("e.clientIp = :clientIp");
        }
        if (query.from() != null) {
            conditions.add("e.loggedAt >= :from");
        }
        if (query.until() != null) {
            conditions.add("e.loggedAt < :until");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> select, TrafficLogQuery query) {
        if (query.statusClass() != null) {
            select.setParameter("statusFrom", query.statusFrom()).setParameter("statusUntil", query.statusUntil());
        }
        if (query.method() != null) {
            select.setParameter("method", query.method());
        }
        if (query.pathContains() != null) {
            select.setParameter("pathPart", query.pathContains());
        }
        if (query.clientIp() != null) {
            select.setParameter("clientIp", query.clientIp());
        }
        if (query.from() != null) {
            select.setParameter("from", query.from());
        }
        if (query.until() != null) {
            select.setParameter("until", query.until());
        }
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM TrafficLogEntry e", Long.class).getSingleResult();
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return em.createQuery("DELETE FROM TrafficLogEntry e WHERE e.loggedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
