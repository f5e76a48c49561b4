package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.OrderLogEntry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes one group commit's order log entries in one transaction of the logs database (D10: never
 * inside a business transaction). A bean of its own so that the transaction interceptor runs.
 */
@ApplicationScoped
public class OrderLogBatchWriter {

    private static final String INSERT = "INSERT INTO order_log (logged_at, endpoint, strategy, user_id, mode,"
            + " request_json, response_status, response_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "jdbc/logsDS")
    DataSource logs;

    /** One JDBC batch ({@link JdbcBatch} says why not {@code persist}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void persistAll(List<OrderLogEntry> entries) {
        JdbcBatch.run(logs, INSERT, entries, (statement, entry) -> {
            JdbcBatch.setInstant(statement, 1, entry.getLoggedAt());
            statement.setString(2, entry.getEndpoint());
            JdbcBatch.setNullableString(statement, 3, entry.getStrategy());
            JdbcBatch.setNullableLong(statement, 4, entry.getUserId());
            statement.setString(5, entry.getMode());
            statement.setString(6, entry.getRequestJson());
            statement.setInt(7, entry.getResponseStatus());
            statement.setString(8, entry.getResponseJson());
        });
    }
}
