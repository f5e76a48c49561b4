package io.algogate.gateway.infrastructure.plugins;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures what the plugins package logs at WARNING and above, for tests; close it to detach. */
final class PluginLogRecords extends Handler implements AutoCloseable {

    // Held strongly: java.util.logging keeps loggers only weakly, and the handler would go with it.
    private final Logger packageLogger = Logger.getLogger(BrokerPluginHost.class.getPackageName());
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    PluginLogRecords() {
        packageLogger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record.getMessage());
        }
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The warnings that mention the text, such as a jar's name. */
    List<String> warningsMentioning(String text) {
        return warnings.stream().filter(w -> w.contains(text)).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        packageLogger.removeHandler(this);
    }
}
