package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.TrafficLogEntry;

/** One traffic log line as the page shows it (a JavaBean for EL); the path is the client's text, escaped. */
public class TrafficRow {

    private final TrafficLogEntry entry;

    TrafficRow(TrafficLogEntry entry) {
        this.entry = entry;
    }

    public long getId() {
        return entry.getId();
    }

    public String getTime() {
        return DisplayTime.of(entry.getLoggedAt());
    }

    public String getClientIp() {
        return entry.getClientIp();
    }

    public String getMethod() {
        return entry.getMethod();
    }

    public String getPath() {
        return entry.getPath();
    }

    public int getStatus() {
        return entry.getStatus();
    }

    public boolean isFailed() {
        return entry.getStatus() >= 400;
    }

    public long getDurationMillis() {
        return entry.getDurationMillis();
    }

    public String getError() {
        return entry.getError() == null ? "" : entry.getError();
    }
}
