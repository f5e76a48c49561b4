package io.algogate.broker.spi;

import java.util.List;

/** The capability to list open and closed-today positions (OpenAlgo's positionbook). */
public interface PositionBookSource {

    /** Positions, one per exchange, symbol and product. Never null. */
    List<Position> positions() throws BrokerException;
}
