package io.algogate.gateway.application;

import io.algogate.gateway.domain.SmtpSettings;
import java.util.Locale;
import java.util.Map;

/**
 * SMTP settings as an admin typed them, checked by the one set of rules the admin API and the profile
 * page share. The password is write-only: null keeps the stored one.
 */
public record SmtpSettingsInput(String host, int port, String username, String password, String from,
        SmtpSettings.Security security) {

    static final int MAX_HOST = 255;
    static final int MAX_ADDRESS = 254;
    static final int MAX_PORT = 65_535;

    /** Never print the password, even by accident in a log line. */
    @Override
    public String toString() {
        return "SmtpSettingsInput[host=" + host + ", port=" + port + ", security=" + security + ", password="
                + (password == null ? "unchanged" : "***") + "]";
    }

    /**
     * Checks the fields in the order a form shows them; a blank username means none, a missing
     * security mode means STARTTLS.
     *
     * @param port null when what was sent is not a whole number
     * @throws InvalidInputException naming the first field that breaks a rule
     */
    public static SmtpSettingsInput of(String host, Integer port, String username, String password, String from,
            String security) {
        if (host == null || host.isBlank() || host.length() > MAX_HOST) {
            throw invalid("host", "host is required");
        }
        if (port == null || port < 1 || port > MAX_PORT) {
            throw invalid("port", "port must be 1-65535");
        }
        if (from == null || !from.contains("@") || from.length() > MAX_ADDRESS) {
            throw invalid("from", "from must be an e-mail address");
        }
        SmtpSettings.Security mode;
        try {
            mode = SmtpSettings.Security.valueOf((security == null ? "STARTTLS" : security).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("security", "security must be NONE, STARTTLS or SSL");
        }
        return new SmtpSettingsInput(host.strip(), port, username == null || username.isBlank() ? null : username,
                password, from.strip(), mode);
    }

    public SmtpSettings saveThrough(MailService mail) {
        return mail.configure(host, port, username, password, from, security);
    }

    /** What the audit trail records of a change: never the password, only whether one is set. */
    public static String auditDetail(SmtpSettings saved) {
        return "SMTP settings: host " + saved.getHost() + ", port " + saved.getPort() + ", security "
                + saved.getSecurity() + ", password " + (saved.getPasswordEncrypted() != null ? "set" : "not set");
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }
}
