package io.algogate.gateway.interfaces.stream;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The handshake's checks and the endpoint's creation. The servlet filter chain has already run on the
 * upgrade request (client address, ban, stream port, the {@code ws} rate limit); this adds the Origin
 * check ({@link StreamHub#originAllowed}: a refused Origin gets 403).
 */
public final class StreamConfigurator extends ServerEndpointConfig.Configurator {

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        return hub().originAllowed(originHeaderValue);
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new StreamEndpoint(hub()));
    }

    private static StreamHub hub() {
        return CDI.current().select(StreamHub.class).get();
    }
}
