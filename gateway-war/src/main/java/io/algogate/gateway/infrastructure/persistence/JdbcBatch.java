package io.algogate.gateway.infrastructure.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import javax.sql.DataSource;

/**
 * One statement run over many rows as a single JDBC batch, on the connection of the caller's JTA
 * transaction (a connection taken from a JTA data source inside a transaction is enlisted in it, and
 * shared with EclipseLink's in the same transaction).
 *
 * <p>Why not {@code EntityManager.persist}: the append-only logs and the plugin store write several
 * rows for every order, and EclipseLink's unit of work (a clone, a change set and, for an identity
 * key, a read-back of the generated id per row) cost more CPU than the database's own insert. These
 * rows are never read back into a persistence context that could hold a stale copy (the plugin store
 * reads through JDBC too), so nothing of EclipseLink's is bypassed that anything relies on.
 */
final class JdbcBatch {

    /** Sets one row's parameters. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private JdbcBatch() {
    }

    /** Runs {@code sql} once per row, in one batch; throws (rolling the transaction back) if any row fails. */
    static <T> void run(DataSource source, String sql, Collection<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = source.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("A batch of " + rows.size() + " rows could not be written", e);
        }
    }

    /** An instant as EclipseLink binds it through {@link InstantConverter}: a UTC timestamp. */
    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setTimestamp(index, Timestamp.from(instant));
    }

    static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static void setNullableString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
