package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How the gateway sends mail (password reset links): one row, set by the admin. The password is
 * stored encrypted (SecretCipher's envelope), never in clear.
 */
@Entity
@Table(name = "smtp_settings")
public class SmtpSettings {

    /** The one row's id. */
    public static final long SINGLETON_ID = 1L;

    /** How the connection to the mail server is protected. */
    public enum Security {
        NONE,
        STARTTLS,
        SSL
    }

    @Id
    private Long id = SINGLETON_ID;

    @Column(nullable = false, length = 255)
    private String host;

    @Column(nullable = false)
    private int port;

    @Column(length = 255)
    private String username;

    @Column(name = "password_encrypted", length = 1024)
    private String passwordEncrypted;

    @Column(name = "from_address", nullable = false, length = 254)
    private String fromAddress;

    @Column(nullable = false, length = 16)
    private String security;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SmtpSettings() {
    }

    public SmtpSettings(String host, int port, String username, String passwordEncrypted, String fromAddress,
            Security security, Instant updatedAt) {
        update(host, port, username, passwordEncrypted, fromAddress, security, updatedAt);
    }

    public final void update(String newHost, int newPort, String newUsername, String newPasswordEncrypted,
            String newFromAddress, Security newSecurity, Instant now) {
        this.host = newHost;
        this.port = newPort;
        this.username = newUsername;
        this.passwordEncrypted = newPasswordEncrypted;
        this.fromAddress = newFromAddress;
        this.security = newSecurity.name();
        this.updatedAt = now;
    }

    /** The same password under another encryption key (a key rotation). */
    public void replaceEncryptedPassword(String reencrypted) {
        this.passwordEncrypted = reencrypted;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordEncrypted() {
        return passwordEncrypted;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public Security getSecurity() {
        return Security.valueOf(security);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
