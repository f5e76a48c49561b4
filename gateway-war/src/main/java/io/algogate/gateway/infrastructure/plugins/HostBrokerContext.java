package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerSession;
import io.algogate.broker.spi.DurableStore;
import io.algogate.broker.spi.InstrumentSink;
import io.algogate.broker.spi.SecretStore;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the host hands a plugin: the gateway's clock, the plugin's configuration, a named logger, the
 * shared HTTP client, a secret store and durable store bound to the plugin's id (D9), and the broker
 * session its login opened, looked up at each call so a session the host ended is gone at once.
 */
record HostBrokerContext(Clock clock, Map<String, String> config, System.Logger logger, HttpClient httpClient,
        SecretStore secrets, DurableStore store, Supplier<Optional<BrokerSession>> sessions,
        Supplier<InstrumentSink> instrumentSinks)
        implements BrokerContext {

    HostBrokerContext {
        config = Map.copyOf(config);
    }

    /** A fresh sink each call: each is one download, current only once its {@code done()} is called. */
    @Override
    public InstrumentSink instrumentSink() {
        return instrumentSinks.get();
    }

    @Override
    public Optional<BrokerSession> brokerSession() {
        return sessions.get();
    }
}
