package io.algogate.broker.spi;

/** Provided by the host: receives the updates of an {@link OrderUpdateStream} subscription. */
public interface OrderUpdateListener {

    /** One update. Must return quickly; the plugin calls it on its socket thread. */
    void onOrderUpdate(OrderUpdate update);

    /** The stream broke and the plugin gave up reconnecting; no more updates follow. */
    default void onError(BrokerException error) {
    }
}
