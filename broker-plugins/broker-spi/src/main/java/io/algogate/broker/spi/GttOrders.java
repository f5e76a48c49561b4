package io.algogate.broker.spi;

import java.util.List;

/** The capability to manage good-till-triggered orders (OpenAlgo's placegttorder and friends). */
public interface GttOrders {

    /** Places a GTT; returns the broker's trigger id. */
    String placeGttOrder(GttRequest request) throws BrokerException;

    /** Replaces a GTT entirely (OpenAlgo's modify is a full replacement); returns the trigger id. */
    String modifyGttOrder(String triggerId, GttRequest request) throws BrokerException;

    /** Cancels a GTT; returns the trigger id. */
    String cancelGttOrder(String triggerId) throws BrokerException;

    /** The active GTTs. Never null. */
    List<GttOrder> gttOrderBook() throws BrokerException;
}
