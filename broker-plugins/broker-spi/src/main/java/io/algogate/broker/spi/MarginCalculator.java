package io.algogate.broker.spi;

import java.util.List;

/** The capability to compute the margin a basket of positions needs (OpenAlgo's margin). */
public interface MarginCalculator {

    /** The margin the positions need together (1 to 50 of them, as OpenAlgo allows). */
    MarginResult margin(List<MarginPosition> positions) throws BrokerException;
}
