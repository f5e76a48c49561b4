package io.algogate.broker.spi;

import java.time.Clock;
import java.util.Map;

/**
 * What the host offers a plugin. Plugins reach the outside world only through it, so the host can
 * control time in tests, route logs and keep secrets encrypted.
 *
 * <p>New capabilities are added as {@code default} methods that throw
 * {@link UnsupportedOperationException}, so hosts built against an older SPI still compile.
 */
public interface BrokerContext {

    /** The clock every time-dependent decision must use; tests move it forward. */
    default Clock clock() {
        throw new UnsupportedOperationException("clock() is not offered by this host");
    }

    /** The plugin's own configuration: the keys under {@code algogate.broker.<id>.}, prefix removed. */
    default Map<String, String> config() {
        throw new UnsupportedOperationException("config() is not offered by this host");
    }

    /** A logger named after the plugin. */
    default System.Logger logger() {
        throw new UnsupportedOperationException("logger() is not offered by this host");
    }
}
