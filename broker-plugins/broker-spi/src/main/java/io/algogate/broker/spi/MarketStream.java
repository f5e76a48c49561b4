package io.algogate.broker.spi;

import java.util.Set;

/**
 * The capability to push live market data. The plugin owns its broker websocket; the host fans the
 * ticks out to its own clients.
 */
public interface MarketStream {

    /**
     * Starts pushing ticks of the instruments to the listener, from the plugin's own threads, until
     * the returned subscription is closed.
     */
    Subscription subscribe(Set<SymbolRef> symbols, StreamMode mode, TickListener listener)
            throws BrokerException;
}
