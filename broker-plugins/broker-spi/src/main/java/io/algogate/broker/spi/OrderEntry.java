package io.algogate.broker.spi;

/** The capability to place orders. */
public interface OrderEntry {

    /**
     * Places an order. Returns only once the broker has accepted it and given it an id; a refusal is
     * a {@link BrokerException} with reason {@link BrokerException.Reason#REJECTED}.
     */
    OrderAck placeOrder(OrderRequest request) throws BrokerException;
}
