package io.algogate.broker.spi;

/**
 * A live connection to one broker, created by {@link BrokerPlugin#create(BrokerContext)}.
 *
 * <p>Capabilities are separate small interfaces, each optional: orders ({@link OrderEntry},
 * {@link OrderManagement}, {@link PositionCloser}, {@link GttOrders}), books ({@link OrderBookSource},
 * {@link TradeBookSource}, {@link PositionBookSource}, {@link HoldingsSource}, {@link FundsSource}),
 * market data ({@link QuoteSource}, {@link DepthSource}, {@link HistorySource}), {@link InstrumentSource},
 * {@link MarginCalculator}, streaming ({@link MarketStream}, {@link OrderUpdateStream}),
 * {@link BrokerLogin} and {@link HealthCheck}. An adapter implements those its broker has, the
 * plugin declares them in {@link BrokerPlugin#capabilities()}, and the host asks with
 * {@link #capability(Class)}. A new capability is a new interface, so existing plugins are untouched.
 */
public interface BrokerAdapter extends AutoCloseable {

    /**
     * Returns this adapter as the given capability, or throws a {@link BrokerException} with reason
     * {@link BrokerException.Reason#NOT_SUPPORTED} when the broker lacks it.
     */
    default <T> T capability(Class<T> type) throws BrokerException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new BrokerException(BrokerException.Reason.NOT_SUPPORTED,
                "This broker does not support " + type.getSimpleName());
    }

    /** Releases connections and threads. Must not throw. */
    @Override
    default void close() {
    }
}
