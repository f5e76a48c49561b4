package io.algogate.broker.spi;

import java.util.List;

/**
 * The capability to square off positions at the broker (OpenAlgo's closeposition). Brokers without
 * it are closed by the host with market counter-orders through {@link OrderEntry}.
 */
public interface PositionCloser {

    /**
     * Squares off every open position with market counter-orders, keeping each position's product.
     * Returns the counter-orders placed; an empty list when nothing was open.
     */
    List<OrderAck> closePositions(String strategy) throws BrokerException;
}
