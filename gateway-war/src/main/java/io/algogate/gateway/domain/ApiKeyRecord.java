package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's API key, never stored in clear: an index for O(1) lookup (HMAC of the key keyed with the
 * pepper), an Argon2id hash that confirms it, and an encrypted copy for features that must use the
 * key again (webhooks) or show it to its owner.
 */
@Entity
@Table(name = "api_keys")
public class ApiKeyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, unique = true)
    private Long userId;

    @Column(name = "lookup_index", nullable = false, unique = true, length = 64)
    private String lookupIndex;

    @Column(name = "key_hash", nullable = false, length = 512)
    private String keyHash;

    @Column(name = "key_encrypted", nullable = false, length = 1024)
    private String keyEncrypted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiKeyRecord() {
    }

    public ApiKeyRecord(Long userId, String lookupIndex, String keyHash, String keyEncrypted, Instant createdAt) {
        this.userId = userId;
        this.lookupIndex = lookupIndex;
        this.keyHash = keyHash;
        this.keyEncrypted = keyEncrypted;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getLookupIndex() {
        return lookupIndex;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getKeyEncrypted() {
        return keyEncrypted;
    }

    /** After a key rotation: the same key, encrypted under the current encryption key. */
    /** A regenerated key: every column that could find, confirm or reveal the old one changes. */
    public void replaceKey(String newLookupIndex, String newKeyHash, String newKeyEncrypted, Instant now) {
        this.lookupIndex = newLookupIndex;
        this.keyHash = newKeyHash;
        this.keyEncrypted = newKeyEncrypted;
        this.createdAt = now;
    }

    public void replaceEncryptedKey(String reencrypted) {
        this.keyEncrypted = reencrypted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
