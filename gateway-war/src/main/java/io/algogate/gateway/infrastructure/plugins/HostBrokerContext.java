package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.DurableStore;
import io.algogate.broker.spi.SecretStore;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;

/**
 * What the host hands a plugin: the gateway's clock, the plugin's configuration, a named logger, the
 * shared HTTP client, and a secret store and durable store bound to the plugin's id (D9).
 */
record HostBrokerContext(Clock clock, Map<String, String> config, System.Logger logger, HttpClient httpClient,
        SecretStore secrets, DurableStore store) implements BrokerContext {

    HostBrokerContext {
        config = Map.copyOf(config);
    }
}
