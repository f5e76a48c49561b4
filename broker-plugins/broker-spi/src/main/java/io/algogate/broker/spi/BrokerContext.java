package io.algogate.broker.spi;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The HTTP client to reach the broker with. The host configures timeouts and proxies once, so
     * every plugin behaves alike on a locked-down network.
     */
    default HttpClient httpClient() {
        throw new UnsupportedOperationException("httpClient() is not offered by this host");
    }

    /** The plugin's secrets, encrypted at rest by the host. */
    default SecretStore secrets() {
        throw new UnsupportedOperationException("secrets() is not offered by this host");
    }

    /** The plugin's own durable state; plugins never reach the gateway's database. */
    default DurableStore store() {
        throw new UnsupportedOperationException("store() is not offered by this host");
    }

    /** Where {@link InstrumentSource#streamInstruments} should write the instrument master. */
    default InstrumentSink instrumentSink() {
        throw new UnsupportedOperationException("instrumentSink() is not offered by this host");
    }

    /**
     * The session of the last successful {@link BrokerLogin}, which the host keeps in its secret
     * store; empty before the first login or after the session expired.
     */
    default Optional<BrokerSession> brokerSession() {
        throw new UnsupportedOperationException("brokerSession() is not offered by this host");
    }
}
