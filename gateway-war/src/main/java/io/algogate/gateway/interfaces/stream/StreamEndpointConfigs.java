package io.algogate.gateway.interfaces.stream;

import io.algogate.security.filters.StreamPortPolicy;
import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerApplicationConfig;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Set;

/**
 * Registers the stream endpoint at both of its paths; the container finds this class by scanning the
 * WAR. The path {@code /} takes upgrade requests only (plain requests to {@code /} still reach the
 * entry redirect), and {@code StreamPortFilter} keeps it to the stream port.
 */
public final class StreamEndpointConfigs implements ServerApplicationConfig {

    @Override
    public Set<ServerEndpointConfig> getEndpointConfigs(Set<Class<? extends Endpoint>> scanned) {
        return Set.of(config(StreamPortPolicy.MAIN_PORT_PATH), config(StreamPortPolicy.STREAM_PORT_PATH));
    }

    /** The gateway has no annotated endpoints. */
    @Override
    public Set<Class<?>> getAnnotatedEndpointClasses(Set<Class<?>> scanned) {
        return Set.of();
    }

    private static ServerEndpointConfig config(String path) {
        return ServerEndpointConfig.Builder.create(StreamEndpoint.class, path)
                .configurator(new StreamConfigurator()).build();
    }
}
