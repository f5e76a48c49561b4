package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's TOTP (RFC 6238) second factor. The base32 secret is stored only encrypted. It is
 * {@code pending} from the start of enrollment until the user proves with a code that their
 * authenticator has it; only then is it {@code enabled}. The per-purpose switches follow OpenAlgo's
 * {@code totp_required_for_login} and {@code totp_required_for_password_reset} (default off), plus
 * one of ours: a code to make a new API key.
 */
@Entity
@Table(name = "totp_credentials")
public class TotpCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, unique = true)
    private Long userId;

    @Column(name = "secret_encrypted", nullable = false, length = 1024)
    private String secretEncrypted;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "pending", nullable = false)
    private boolean pending;

    @Column(name = "required_for_login", nullable = false)
    private boolean requiredForLogin;

    @Column(name = "required_for_reset", nullable = false)
    private boolean requiredForReset;

    /** Nullable: the column came later, and rows written before it mean "off". */
    @Column(name = "required_for_api_key")
    private Boolean requiredForApiKey;

    /**
     * The last time step whose code was accepted; no code of this step or an earlier one is accepted
     * again. Only the repository's guarded {@code markStepUsed} writes it (never an entity merge,
     * which could carry an older value back), so concurrent verifications cannot both win.
     */
    @Column(name = "last_used_step", nullable = false, updatable = false)
    private long lastUsedStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TotpCredential() {
    }

    /** Starts an enrollment: pending, not yet enabled, every purpose switch off. */
    public TotpCredential(Long userId, String secretEncrypted, Instant now) {
        this.userId = userId;
        this.secretEncrypted = secretEncrypted;
        this.pending = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the secret of an enrollment that was never confirmed. */
    public void restartEnrollment(String newSecretEncrypted, Instant now) {
        if (enabled) {
            throw new IllegalStateException("Two-factor is enabled; it must be disabled before a new enrollment");
        }
        this.secretEncrypted = newSecretEncrypted;
        this.pending = true;
        this.updatedAt = now;
    }

    /** The same secret under another encryption key (a key rotation); nothing else changes. */
    public void replaceEncryptedSecret(String reencrypted) {
        this.secretEncrypted = reencrypted;
    }

    /** The user proved their authenticator holds the secret. */
    public void confirm(Instant now) {
        this.enabled = true;
        this.pending = false;
        this.updatedAt = now;
    }

    public void changePurposes(boolean forLogin, boolean forReset, boolean forApiKey, Instant now) {
        this.requiredForLogin = forLogin;
        this.requiredForReset = forReset;
        this.requiredForApiKey = forApiKey;
        this.updatedAt = now;
    }

    /**
     * Records an accepted step in memory if it is newer; repositories that hold entities themselves
     * (rather than rows) call it from their guarded {@code markStepUsed}.
     */
    public boolean advanceLastUsedStep(long step, Instant now) {
        if (step <= lastUsedStep) {
            return false;
        }
        this.lastUsedStep = step;
        this.updatedAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getSecretEncrypted() {
        return secretEncrypted;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPending() {
        return pending;
    }

    public boolean isRequiredForLogin() {
        return requiredForLogin;
    }

    public boolean isRequiredForReset() {
        return requiredForReset;
    }

    public boolean isRequiredForApiKey() {
        return Boolean.TRUE.equals(requiredForApiKey);
    }

    public long getLastUsedStep() {
        return lastUsedStep;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
