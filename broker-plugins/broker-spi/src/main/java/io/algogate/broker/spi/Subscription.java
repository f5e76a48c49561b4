package io.algogate.broker.spi;

/**
 * Returned by a plugin for a running stream; the host closes it to stop the pushes. Closing twice is
 * harmless, and close does not throw, because the host closes subscriptions during shutdown.
 */
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
