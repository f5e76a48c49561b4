package io.algogate.broker.spi;

import java.util.List;

/** The capability to list the day's orders. */
public interface OrderBookSource {

    /** The orders of the current trading day, oldest first. Never null. */
    List<Order> orderBook() throws BrokerException;
}
