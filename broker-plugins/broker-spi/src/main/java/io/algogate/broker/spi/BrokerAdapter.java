package io.algogate.broker.spi;

/**
 * A live connection to one broker, created by {@link BrokerPlugin#create(BrokerContext)}.
 *
 * <p>Capabilities are separate small interfaces ({@link OrderEntry}, {@link OrderBookSource}, ...);
 * an adapter implements those its broker has and the host asks with {@link #capability(Class)}.
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
