package io.algogate.gateway.infrastructure.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Installed on every application logger ({@link ApplicationLoggers}): rewrites each record before
 * Liberty sees it. Liberty formats JUL records later, on its own threads, so the message is formatted
 * here with its parameters, redacted as one string, and the parameters removed; the record then
 * carries nothing that formatting could bring back. A filter that was already on the logger still
 * decides whether the record is logged.
 */
final class RedactingLogFilter implements Filter {

    private final Filter previous;

    RedactingLogFilter(Filter previous) {
        this.previous = previous;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (previous != null && !previous.isLoggable(record)) {
            return false;
        }
        redactInPlace(record);
        return true;
    }

    static void redactInPlace(LogRecord record) {
        String formatted = LogRedaction.format(record.getMessage(), record.getParameters());
        record.setMessage(LogRedaction.redact(formatted));
        record.setParameters(null);
        if (record.getThrown() != null) {
            // A stack trace is several lines by nature; what a caller controls there is the messages.
            record.setThrown(RedactedThrowable.of(record.getThrown()));
        }
    }
}
