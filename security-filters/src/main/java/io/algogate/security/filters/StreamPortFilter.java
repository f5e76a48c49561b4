package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the stream port a socket and nothing else. The one WAR listens on every endpoint Liberty
 * has, so without this the API and the dashboard would answer on port 8765 too, outside whatever a
 * deployment puts in front of its main ports. On the stream port only a WebSocket upgrade to
 * {@code /} or {@code /ws} passes; everything else is 404. On the main ports an upgrade to {@code /}
 * (the stream port's endpoint) is 404, so the socket there is {@code /ws} only.
 *
 * <p>It runs after the canonical-path and ban layers (so the path is the one the container routes and a
 * banned address is refused first) and before the rate-limit layer, so bans and limits apply to
 * upgrades on both ports alike.
 */
public final class StreamPortFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient StreamPortPolicy policy;

    public StreamPortFilter() {
    }

    StreamPortFilter(StreamPortPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        StreamPortPolicy ports = policy == null ? StreamPortPolicy.defaults() : policy;
        String route = RouteClassifier.normalize(ErrorResponses.path(request));
        boolean upgrade = RateLimitResponses.isWebSocketUpgrade(request);
        boolean allowed = request.getLocalPort() == ports.port()
                ? upgrade && (route.equals(StreamPortPolicy.STREAM_PORT_PATH)
                        || route.equals(StreamPortPolicy.MAIN_PORT_PATH))
                : !(upgrade && route.equals(StreamPortPolicy.STREAM_PORT_PATH));
        if (allowed) {
            chain.doFilter(request, response);
        } else {
            Refusals.mark(request, FilterSlot.STREAM_PORT);
            ErrorResponses.text(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
        }
    }
}
