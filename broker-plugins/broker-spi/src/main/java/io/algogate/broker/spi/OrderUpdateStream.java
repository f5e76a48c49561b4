package io.algogate.broker.spi;

/** The capability to push order status changes as the broker reports them. */
public interface OrderUpdateStream {

    /** Starts pushing updates of the account's orders until the subscription is closed. */
    Subscription subscribe(OrderUpdateListener listener) throws BrokerException;
}
