package io.algogate.broker.spi;

/**
 * The capability to change and withdraw open orders (OpenAlgo's modifyorder, cancelorder and
 * cancelallorder). Smart orders need nothing here: the host computes them from positions and
 * {@link OrderEntry}.
 */
public interface OrderManagement {

    /** Replaces the open order's fields; returns the id the order is known by afterwards. */
    OrderAck modifyOrder(ModifyOrderRequest request) throws BrokerException;

    /** Cancels one open order; returns its id. */
    OrderAck cancelOrder(String orderId) throws BrokerException;

    /**
     * Cancels every open order of the strategy tag. Individual failures do not fail the call
     * (OpenAlgo answers success with the failures listed), so they are reported in the result.
     */
    CancelAllResult cancelAllOrders(String strategy) throws BrokerException;
}
