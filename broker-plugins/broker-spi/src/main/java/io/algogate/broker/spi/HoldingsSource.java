package io.algogate.broker.spi;

import java.util.List;

/** The capability to list delivery holdings in the demat account (OpenAlgo's holdings). */
public interface HoldingsSource {

    /** The holdings. Never null. The host computes the portfolio statistics from them. */
    List<Holding> holdings() throws BrokerException;
}
