package io.algogate.security.filters;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where OpenAlgo's streaming protocol is served apart from {@code /ws} on the main ports: a second
 * port (8765, where OpenAlgo's clients connect by default with {@code ws://HOST:8765}). Liberty's
 * {@code streamEndpoint} listens there (server.xml variable {@value #PORT_KEY}, which MicroProfile
 * Config reads too), and {@link StreamPortFilter} keeps everything but the socket off it.
 */
public record StreamPortPolicy(int port) {

    public static final String PORT_KEY = "algogate.ws.port";
    public static final int DEFAULT_PORT = 8765;
    /** The socket's path on the main ports. */
    public static final String MAIN_PORT_PATH = "/ws";
    /** The socket's path on the stream port: OpenAlgo's clients connect to the bare host and port. */
    public static final String STREAM_PORT_PATH = "/";

    public StreamPortPolicy {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(PORT_KEY + " must be a port number (1 to 65535), not " + port);
        }
    }

    public static StreamPortPolicy defaults() {
        return new StreamPortPolicy(DEFAULT_PORT);
    }

    /** Reads {@value #PORT_KEY}; a value that is no port stops start-up with the key named. */
    public static StreamPortPolicy fromConfig(Function<String, Optional<String>> lookup) {
        String text = lookup.apply(PORT_KEY).map(String::trim).orElse(Integer.toString(DEFAULT_PORT));
        try {
            return new StreamPortPolicy(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Configuration " + PORT_KEY + " is not a port number: " + text, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Configuration " + e.getMessage(), e);
        }
    }
}
