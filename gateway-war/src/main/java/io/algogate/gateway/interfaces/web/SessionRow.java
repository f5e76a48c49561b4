package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.ActiveSessionView;

/**
 * One live dashboard session as the admin's sessions page shows it, named by its reference (a digest,
 * never the session id). The user agent is the client's text, escaped by the view.
 */
public class SessionRow {

    private final String username;
    private final ActiveSessionView session;
    private final boolean current;

    SessionRow(String username, ActiveSessionView session, boolean current) {
        this.username = username;
        this.session = session;
        this.current = current;
    }

    public String getReference() {
        return session.reference();
    }

    public String getUsername() {
        return username;
    }

    public String getClientIp() {
        return session.clientIp() == null ? "" : session.clientIp();
    }

    public String getUserAgent() {
        return session.device();
    }

    public String getStarted() {
        return DisplayTime.of(session.loginAt());
    }

    public String getLastSeen() {
        return DisplayTime.of(session.lastSeenAt());
    }

    /** Whether this is the session the page was asked from. */
    public boolean isCurrent() {
        return current;
    }
}
