package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.PluginStateRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The plugins' state in the main database's {@code plugin_state} table (the {@code PluginStateEntry}
 * entity defines it), read and written with plain JDBC: a key-value table gains nothing from a
 * persistence context, and the sandbox writes several keys per order ({@link JdbcBatch} says what
 * that costs through EclipseLink). Every method is {@code @Transactional} (REQUIRED), so on its own
 * each commits by itself, and inside {@link #inTransaction} each joins the one transaction, on the
 * same connection as EclipseLink's work in it ({@code PluginSecretRepository}).
 */
@ApplicationScoped
@Transactional
public class JdbcPluginStateRepository implements PluginStateRepository {

    /** LIKE's escape character: '!' rather than a backslash, which PostgreSQL and Derby quote differently. */
    private static final char LIKE_ESCAPE = '!';

    private static final String SELECT_VALUE =
            "SELECT entry_value FROM plugin_state WHERE plugin_id = ? AND entry_key = ?";
    private static final String SELECT_KEYS = "SELECT entry_key FROM plugin_state WHERE plugin_id = ?"
            + " AND entry_key LIKE ? ESCAPE '" + LIKE_ESCAPE + "'";
    private static final String INSERT =
            "INSERT INTO plugin_state (plugin_id, entry_key, entry_value, updated_at) VALUES (?, ?, ?, ?)";
    private static final String UPDATE =
            "UPDATE plugin_state SET entry_value = ?, updated_at = ? WHERE plugin_id = ? AND entry_key = ?";
    private static final String DELETE = "DELETE FROM plugin_state WHERE plugin_id = ? AND entry_key = ?";

    @Resource(lookup = "jdbc/gatewayDS")
    DataSource gateway;

    @Override
    public Optional<byte[]> value(String pluginId, String key) {
        try (Connection connection = gateway.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT_VALUE)) {
            select.setString(1, pluginId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(bytes(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("A plugin's stored value could not be read", e);
        }
    }

    @Override
    public void put(String pluginId, String key, byte[] value, Instant now) {
        try (Connection connection = gateway.getConnection();
                PreparedStatement update = connection.prepareStatement(UPDATE)) {
            bindUpdate(update, new Write(key, Optional.of(value), true), pluginId, now);
            if (update.executeUpdate() == 0) {
                insert(pluginId, key, value, now);
            }
        } catch (SQLException e) {
            throw new PersistenceException("A plugin's value could not be stored", e);
        }
    }

    @Override
    public void insert(String pluginId, String key, byte[] value, Instant now) {
        JdbcBatch.run(gateway, INSERT, List.of(new Write(key, Optional.of(value), false)),
                (statement, write) -> bindInsert(statement, write, pluginId, now));
    }

    @Override
    public void delete(String pluginId, String key) {
        JdbcBatch.run(gateway, DELETE, List.of(key), (statement, k) -> bindKey(statement, 1, pluginId, k));
    }

    /** Three batches at most: the new keys, the replaced ones, the deleted ones. */
    @Override
    public void writeAll(String pluginId, List<Write> writes, Instant now) {
        Map<Write.Change, List<Write>> byChange = new EnumMap<>(Write.Change.class);
        for (Write write : writes) {
            byChange.computeIfAbsent(write.change(), change -> new ArrayList<>()).add(write);
        }
        JdbcBatch.run(gateway, INSERT, byChange.getOrDefault(Write.Change.INSERT, List.of()),
                (statement, write) -> bindInsert(statement, write, pluginId, now));
        JdbcBatch.run(gateway, UPDATE, byChange.getOrDefault(Write.Change.UPDATE, List.of()),
                (statement, write) -> bindUpdate(statement, write, pluginId, now));
        JdbcBatch.run(gateway, DELETE, byChange.getOrDefault(Write.Change.DELETE, List.of()),
                (statement, write) -> bindKey(statement, 1, pluginId, write.key()));
    }

    @Override
    public List<String> keys(String pluginId, String prefix) {
        try (Connection connection = gateway.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT_KEYS)) {
            select.setString(1, pluginId);
            select.setString(2, likePrefix(prefix));
            List<String> keys = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new PersistenceException("A plugin's stored keys could not be listed", e);
        }
    }

    /** The work runs inside this method's transaction; a RuntimeException rolls it back. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /** The prefix with LIKE's wildcards escaped, so a key prefix "a_b" does not match "axb". */
    static String likePrefix(String prefix) {
        StringBuilder pattern = new StringBuilder(prefix.length() + 1);
        for (char c : prefix.toCharArray()) {
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private static void bindInsert(PreparedStatement insert, Write write, String pluginId, Instant now)
            throws SQLException {
        bindKey(insert, 1, pluginId, write.key());
        setValue(insert, 3, write.value().orElseThrow());
        JdbcBatch.setInstant(insert, 4, now);
    }

    private static void bindUpdate(PreparedStatement update, Write write, String pluginId, Instant now)
            throws SQLException {
        setValue(update, 1, write.value().orElseThrow());
        JdbcBatch.setInstant(update, 2, now);
        bindKey(update, 3, pluginId, write.key());
    }

    private static void bindKey(PreparedStatement statement, int first, String pluginId, String key)
            throws SQLException {
        statement.setString(first, pluginId);
        statement.setString(first + 1, key);
    }

    /** A stream, which both Derby's BLOB and PostgreSQL's BYTEA take. */
    private static void setValue(PreparedStatement statement, int index, byte[] value) throws SQLException {
        statement.setBinaryStream(index, new ByteArrayInputStream(value), value.length);
    }

    /** Read as a stream: Derby refuses {@code getBytes} on a BLOB. */
    private static byte[] bytes(ResultSet row) throws SQLException {
        try (InputStream in = row.getBinaryStream(1)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("A plugin's stored value could not be read", e);
        }
    }
}
