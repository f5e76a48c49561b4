package io.algogate.gateway.interfaces.stream;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sockets, so they can all be told at once that the broker behind them changed: their
 * upstream subscriptions died with the old adapter, and OpenAlgo's clients reconnect and replay
 * their subscriptions on a close, so a close is the honest way to move them to the new broker.
 */
final class LiveSockets {

    /** WebSocket's "Service Restart": the client may reconnect at once. */
    static final int BROKER_CHANGED = 1012;
    static final String BROKER_CHANGED_REASON = "Broker changed: reconnect and subscribe again";

    private final Set<OutboundQueue> open = ConcurrentHashMap.newKeySet();

    void opened(OutboundQueue socket) {
        open.add(socket);
    }

    void closed(OutboundQueue socket) {
        open.remove(socket);
    }

    int count() {
        return open.size();
    }

    /** Closes every open socket with {@link #BROKER_CHANGED}. */
    void closeAllForBrokerChange() {
        for (OutboundQueue socket : open) {
            socket.close(BROKER_CHANGED, BROKER_CHANGED_REASON);
        }
    }
}
