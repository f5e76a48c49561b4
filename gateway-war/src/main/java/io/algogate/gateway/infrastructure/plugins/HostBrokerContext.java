package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerContext;
import java.time.Clock;
import java.util.Map;

/** What the host hands a plugin: the gateway's clock, the plugin's configuration, a named logger. */
record HostBrokerContext(Clock clock, Map<String, String> config, System.Logger logger) implements BrokerContext {

    HostBrokerContext {
        config = Map.copyOf(config);
    }
}
