package io.algogate.broker.spi;

import java.util.List;

/** The capability to list the day's executed trades (OpenAlgo's tradebook). */
public interface TradeBookSource {

    /** The trades of the current trading day, oldest first. Never null. */
    List<Trade> trades() throws BrokerException;
}
