package io.algogate.gateway.interfaces.stream;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.Subscription;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.spi.Tick;
import io.algogate.broker.spi.TickListener;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;

/**
 * Ticks from the broker to every client that wants them, with one upstream subscription per
 * instrument and mode however many clients share it: the first subscriber opens it, the last one to
 * leave closes it (reference counting by the set of subscribers). A tick is encoded once and offered
 * to each subscriber's {@link OutboundQueue}, which never blocks, so the broker's thread returns at
 * once (the SPI asks listeners to return quickly).
 */
final class MarketDataFanOut {

    /** An instrument in a mode: what one upstream subscription carries. */
    record Topic(SymbolRef symbol, StreamMode mode) {
        Topic {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(mode, "mode");
        }
    }

    /** Opens one upstream subscription: the broker's {@code MarketStream} for one instrument and mode. */
    @FunctionalInterface
    interface Upstream {
        Subscription open(Topic topic, TickListener listener) throws BrokerException;
    }

    private final Upstream upstream;
    private final Function<Tick, String> encoder;
    private final Map<Topic, Feed> feeds = new HashMap<>();

    MarketDataFanOut(Upstream upstream, Function<Tick, String> encoder) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /**
     * Adds the client to the topic, opening the upstream subscription if it is the first.
     *
     * @return false if the client already had it
     */
    synchronized boolean subscribe(Topic topic, OutboundQueue client) throws BrokerException {
        Feed feed = feeds.get(topic);
        if (feed == null) {
            feed = new Feed();
            // Opened before it is listed: a refused instrument leaves nothing behind.
            feed.upstream = upstream.open(topic, feed);
            feeds.put(topic, feed);
        }
        return feed.clients.add(client);
    }

    /**
     * Removes the client from the topic, closing the upstream subscription when it was the last.
     *
     * @return false if the client did not have it
     */
    synchronized boolean unsubscribe(Topic topic, OutboundQueue client) {
        Feed feed = feeds.get(topic);
        if (feed == null || !feed.clients.remove(client)) {
            return false;
        }
        if (feed.clients.isEmpty()) {
            feeds.remove(topic);
            feed.upstream.close();
        }
        return true;
    }

    /** How many upstream subscriptions are open. */
    synchronized int upstreamCount() {
        return feeds.size();
    }

    /** How many clients share the topic. */
    synchronized int subscriberCount(Topic topic) {
        Feed feed = feeds.get(topic);
        return feed == null ? 0 : feed.clients.size();
    }

    /** Closes every upstream subscription (a broker switch or shutdown); clients keep their sockets. */
    synchronized void closeAll() {
        feeds.values().forEach(feed -> feed.upstream.close());
        feeds.clear();
    }

    private final class Feed implements TickListener {
        final Set<OutboundQueue> clients = new CopyOnWriteArraySet<>();
        Subscription upstream;

        @Override
        public void onTick(Tick tick) {
            if (clients.isEmpty()) {
                return;
            }
            String message = encoder.apply(tick);
            for (OutboundQueue client : clients) {
                client.offer(message);
            }
        }
    }
}
