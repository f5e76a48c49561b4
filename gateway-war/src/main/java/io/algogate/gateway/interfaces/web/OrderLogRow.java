package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.OrderLogEntry;
import io.algogate.gateway.domain.OrderLogQuery;
import java.time.format.DateTimeFormatter;

/** One order log line as the page shows it (a JavaBean for EL); the JSON is shown as text, escaped. */
public class OrderLogRow {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(OrderLogQuery.IST);

    private final OrderLogEntry entry;

    OrderLogRow(OrderLogEntry entry) {
        this.entry = entry;
    }

    public long getId() {
        return entry.getId();
    }

    public String getTime() {
        return TIME.format(entry.getLoggedAt());
    }

    public String getEndpoint() {
        return entry.getEndpoint();
    }

    public String getStrategy() {
        return entry.getStrategy() == null ? "" : entry.getStrategy();
    }

    public String getMode() {
        return entry.getMode();
    }

    public int getStatus() {
        return entry.getResponseStatus();
    }

    public boolean isSuccess() {
        return entry.getResponseStatus() < 400;
    }

    public String getRequest() {
        return entry.getRequestJson();
    }

    public String getResponse() {
        return entry.getResponseJson();
    }
}
