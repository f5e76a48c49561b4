package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.SecurityEvent;

/**
 * One login event as the admin's login activity shows it. The username is as typed at the login form:
 * an outsider's text, escaped by the view.
 */
public class LoginActivityRow {

    private final SecurityEvent event;

    LoginActivityRow(SecurityEvent event) {
        this.event = event;
    }

    public String getTime() {
        return DisplayTime.of(event.getOccurredAt());
    }

    public String getUsername() {
        return event.getUsername() == null ? "" : event.getUsername();
    }

    public String getClientIp() {
        return event.getClientIp() == null ? "" : event.getClientIp();
    }

    /** The result in words. */
    public String getResult() {
        return switch (event.getEventType()) {
            case "LOGIN_SUCCEEDED" -> "succeeded";
            case "LOGIN_FAILED" -> "failed";
            case "TOTP_FAILED" -> "wrong 2FA code";
            case "LOGOUT" -> "logged out";
            default -> event.getEventType();
        };
    }

    /** Whether the event was a refusal, for the result's colour. */
    public boolean isFailure() {
        return event.getEventType().endsWith("_FAILED");
    }

    public String getDetail() {
        return event.getDetail() == null ? "" : event.getDetail();
    }
}
