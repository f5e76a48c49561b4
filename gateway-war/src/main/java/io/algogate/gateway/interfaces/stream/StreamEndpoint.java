package io.algogate.gateway.interfaces.stream;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One socket of OpenAlgo's streaming protocol, at {@code /ws} on the main ports and at {@code /} on the
 * stream port ({@link StreamEndpointConfigs}). A programmatic endpoint, so one class serves both paths;
 * {@link StreamConfigurator} creates it with the hub.
 */
public final class StreamEndpoint extends Endpoint {

    private static final Logger LOG = Logger.getLogger(StreamEndpoint.class.getName());
    /** Client messages are small commands; a larger one is refused by the container (close 1009). */
    static final int MAX_MESSAGE_CHARS = 64 * 1024;

    private final StreamHub hub;
    private volatile StreamHub.Opened opened;

    StreamEndpoint(StreamHub hub) {
        this.hub = hub;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(MAX_MESSAGE_CHARS);
        Object dashboardUser = config.getUserProperties().get(DashboardSocketLogin.USER_PROPERTY);
        StreamHub.Opened conversation = hub.open(new SessionTransport(session, hub),
                dashboardUser instanceof Long userId ? OptionalLong.of(userId) : OptionalLong.empty());
        opened = conversation;
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) conversation.session()::onText);
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        StreamHub.Opened conversation = opened;
        if (conversation != null) {
            conversation.closed();
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        LOG.log(Level.FINE, "A stream socket failed", failure);
    }
}
