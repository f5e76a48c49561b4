package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One key of a plugin's durable state (D9): plugins keep their own data here, through the SPI's
 * {@code DurableStore}, never in tables of their own.
 *
 * <p>The value is a {@code @Lob byte[]}: EclipseLink makes it a {@code BLOB(length)} on Derby, where a
 * BLOB without a length would be capped at 64,000 bytes, and a {@code BYTEA} on PostgreSQL, which
 * ignores the length.
 */
@Entity
@Table(name = "plugin_state")
@IdClass(PluginScopedId.class)
public class PluginStateEntry {

    /** The largest value a plugin may store under one key: 1 MiB. */
    public static final int MAX_VALUE_BYTES = 1_048_576;

    @Id
    @Column(name = "plugin_id", length = PluginScopedId.MAX_PLUGIN_ID_LENGTH)
    private String pluginId;

    @Id
    @Column(name = "entry_key", length = PluginScopedId.MAX_NAME_LENGTH)
    private String name;

    @Lob
    @Column(name = "entry_value", nullable = false, length = MAX_VALUE_BYTES)
    private byte[] value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PluginStateEntry() {
    }

    public PluginStateEntry(String pluginId, String name, byte[] value, Instant updatedAt) {
        this.pluginId = pluginId;
        this.name = name;
        this.value = value.clone();
        this.updatedAt = updatedAt;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getName() {
        return name;
    }

    /** A copy: a plugin changing the array it got must not change the managed entity. */
    public byte[] getValue() {
        return value.clone();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void replaceValue(byte[] newValue, Instant now) {
        this.value = newValue.clone();
        this.updatedAt = now;
    }
}
