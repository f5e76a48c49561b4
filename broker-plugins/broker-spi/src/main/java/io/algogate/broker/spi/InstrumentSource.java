package io.algogate.broker.spi;

/**
 * The capability to download the broker's instrument master (OpenAlgo's master contract). Masters
 * run to hundreds of thousands of rows, so they are streamed into a host-provided sink rather than
 * returned as a list, and the host stores them (plugins never touch the gateway's database, D9).
 */
public interface InstrumentSource {

    /**
     * Passes every instrument to {@link InstrumentSink#accept} and calls {@link InstrumentSink#done}
     * once, after the last one. On failure throws without calling {@code done}, so the host keeps
     * the previous master.
     */
    void streamInstruments(InstrumentSink sink) throws BrokerException;
}
