package io.algogate.gateway.interfaces.stream;

import io.algogate.security.filters.StreamPortPolicy;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The handshake's checks and the endpoint's creation. The servlet filter chain has already run on the
 * upgrade request (client address, ban, stream port, the {@code ws} rate limit, the session's daily
 * cut-off); this adds the Origin check ({@link StreamHub#originAllowed}: a refused Origin gets 403) and,
 * on {@code /ws}, the dashboard's session login ({@link DashboardSocketLogin}).
 */
public final class StreamConfigurator extends ServerEndpointConfig.Configurator {

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        return hub().originAllowed(originHeaderValue);
    }

    /**
     * The container gives each connection its own copy of the user properties (Jakarta WebSocket 2.1,
     * {@code ServerEndpointConfig.Configurator}), so the user found here belongs to this socket only.
     * It is only ever added, never cleared: were the map shared, the IT that opens a keyless socket
     * after a session's would see it.
     */
    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        if (!StreamPortPolicy.MAIN_PORT_PATH.equals(config.getPath())) {
            return;
        }
        CDI.current().select(DashboardSocketLogin.class).get()
                .userOf(request.getHttpSession(), request.getHeaders(), hub())
                .ifPresent(userId -> config.getUserProperties().put(DashboardSocketLogin.USER_PROPERTY, userId));
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new StreamEndpoint(hub()));
    }

    private static StreamHub hub() {
        return CDI.current().select(StreamHub.class).get();
    }
}
