package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of a plugin's secrets (an API secret, an access token), only ever stored as a
 * {@code SecretCipher} envelope. A table of its own rather than a reserved prefix in
 * {@code plugin_state}: a key rotation then re-encrypts exactly these rows, and a plugin listing its
 * state keys never sees its secrets.
 */
@Entity
@Table(name = "plugin_secrets")
@IdClass(PluginScopedId.class)
public class PluginSecret {

    @Id
    @Column(name = "plugin_id", length = PluginScopedId.MAX_PLUGIN_ID_LENGTH)
    private String pluginId;

    @Id
    @Column(name = "secret_name", length = PluginScopedId.MAX_NAME_LENGTH)
    private String name;

    /** A Fernet token grows about 4/3 of its plaintext; 8,192 characters hold a ~5 KB secret. */
    @Column(name = "value_encrypted", nullable = false, length = 8192)
    private String valueEncrypted;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PluginSecret() {
    }

    public PluginSecret(String pluginId, String name, String valueEncrypted, Instant updatedAt) {
        this.pluginId = pluginId;
        this.name = name;
        this.valueEncrypted = valueEncrypted;
        this.updatedAt = updatedAt;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getName() {
        return name;
    }

    public String getValueEncrypted() {
        return valueEncrypted;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** A new value, or after a key rotation the same one under the current key. */
    public void replaceEncryptedValue(String reencrypted, Instant now) {
        this.valueEncrypted = reencrypted;
        this.updatedAt = now;
    }
}
