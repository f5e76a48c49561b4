package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.SmtpSettings;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;

/**
 * The SMTP form's values: the stored settings, or what was typed when they were refused. The password
 * is write-only: the form only learns whether one is stored.
 */
public class SmtpFormView {

    /** The security modes in the order the form offers them. */
    static final List<String> SECURITY_MODES = List.of("STARTTLS", "SSL", "NONE");
    static final String DEFAULT_PORT = "587";

    private final boolean configured;
    private final String host;
    private final String port;
    private final String security;
    private final String username;
    private final String from;
    private final boolean passwordSet;

    SmtpFormView(boolean configured, String host, String port, String security, String username, String from,
            boolean passwordSet) {
        this.configured = configured;
        this.host = host;
        this.port = port;
        this.security = security;
        this.username = username;
        this.from = from;
        this.passwordSet = passwordSet;
    }

    static SmtpFormView stored(Optional<SmtpSettings> settings) {
        return settings.map(s -> new SmtpFormView(true, s.getHost(), Integer.toString(s.getPort()), s.getSecurity().name(),
                s.getUsername() == null ? "" : s.getUsername(), s.getFromAddress(), s.getPasswordEncrypted() != null))
                .orElseGet(() -> new SmtpFormView(false, "", DEFAULT_PORT, SECURITY_MODES.get(0), "", "", false));
    }

    /** What was typed; the password is never echoed back, and whether one is set stays what is stored. */
    static SmtpFormView typed(MultivaluedMap<String, String> form, Optional<SmtpSettings> stored) {
        return new SmtpFormView(stored.isPresent(), text(form, "host"), text(form, "port"), text(form, "security"),
                text(form, "username"), text(form, "from"), stored.map(s -> s.getPasswordEncrypted() != null).orElse(false));
    }

    private static String text(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }

    public boolean isConfigured() {
        return configured;
    }

    public String getHost() {
        return host;
    }

    public String getPort() {
        return port;
    }

    public String getSecurity() {
        return security;
    }

    public List<String> getSecurityModes() {
        return SECURITY_MODES;
    }

    public String getUsername() {
        return username;
    }

    public String getFrom() {
        return from;
    }

    public boolean isPasswordSet() {
        return passwordSet;
    }
}
