package io.algogate.broker.spi;

/** Provided by the host: receives the ticks of a {@link MarketStream} subscription. */
public interface TickListener {

    /** One tick. Must return quickly; the plugin calls it on its socket thread. */
    void onTick(Tick tick);

    /**
     * The stream broke and the plugin gave up reconnecting; no more ticks follow. The default
     * ignores it, so hosts that do not care need not implement it.
     */
    default void onError(BrokerException error) {
    }
}
