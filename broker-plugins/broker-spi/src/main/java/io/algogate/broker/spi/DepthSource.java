package io.algogate.broker.spi;

/** The capability to give market depth (OpenAlgo's depth): {@link Depth#LEVELS} levels a side. */
public interface DepthSource {

    /** The order book of one instrument, best prices first. */
    Depth depth(SymbolRef symbol) throws BrokerException;
}
