package io.algogate.gateway.interfaces.stream;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link OutboundQueue}'s transport over a container WebSocket session: async sends, closes off-thread. */
final class SessionTransport implements OutboundQueue.Transport {

    private static final Logger LOG = Logger.getLogger(SessionTransport.class.getName());

    private final Session session;
    private final StreamHub hub;

    SessionTransport(Session session, StreamHub hub) {
        this.session = session;
        this.hub = hub;
    }

    @Override
    public void sendAsync(String text, Consumer<Throwable> whenDone) {
        try {
            session.getAsyncRemote().sendText(text, result -> whenDone.accept(result.isOK() ? null
                    : result.getException() == null ? new IOException("send failed") : result.getException()));
        } catch (RuntimeException closedMeanwhile) {
            whenDone.accept(closedMeanwhile);
        }
    }

    @Override
    public void close(int code, String reason) {
        hub.runLater(() -> {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Closing a stream socket failed; it is gone either way", e);
            }
        });
    }
}
