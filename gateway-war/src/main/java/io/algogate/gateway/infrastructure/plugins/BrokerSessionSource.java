package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerSession;
import java.util.Optional;

/**
 * Where {@link io.algogate.broker.spi.BrokerContext#brokerSession()} comes from: the live session a
 * broker login opened for the plugin, or empty once it has ended (the daily cut-off, a revocation).
 */
public interface BrokerSessionSource {

    /** The live session opened with the given broker, if any. */
    Optional<BrokerSession> liveSession(String brokerId);
}
