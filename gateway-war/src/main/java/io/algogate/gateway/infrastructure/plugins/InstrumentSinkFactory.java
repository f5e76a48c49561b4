package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.InstrumentSink;

/**
 * Where {@link io.algogate.broker.spi.BrokerContext#instrumentSink()} comes from: a fresh sink for
 * one download of a broker's instrument master, which the host keeps (D9).
 */
public interface InstrumentSinkFactory {

    /** A sink whose rows become the master only when {@code done()} is called. */
    InstrumentSink newSink(String brokerId);
}
