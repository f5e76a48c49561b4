package io.algogate.gateway.interfaces.stream;

import io.algogate.gateway.application.ActiveSessionRegistry;
import io.algogate.gateway.application.BrokerSessionService;
import io.algogate.security.filters.AsciiCase;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Lets the dashboard's own page open the stream without an API key in its HTML or script: at the
 * handshake of {@code /ws}, a browser on the gateway's own origin that carries a live dashboard
 * session is authenticated as that session's user. A live session is one the
 * {@link ActiveSessionRegistry} still knows (the daily cut-off has already been applied by the session
 * filter, which refuses the upgrade of an expired one), of a user whose broker session is live, as an
 * API key would need. Anything else leaves the socket to OpenAlgo's {@code authenticate} message.
 */
@ApplicationScoped
public class DashboardSocketLogin {

    /** The socket's user property that carries the authenticated user's id from handshake to open. */
    static final String USER_PROPERTY = DashboardSocketLogin.class.getName() + ".user";

    @Inject
    ActiveSessionRegistry activeSessions;

    @Inject
    BrokerSessionService brokerSessions;

    @Inject
    Clock clock;

    /**
     * The dashboard user of a handshake, if any: it must come from a browser on the gateway's origin
     * (an Origin header, already checked; a client without one is not a page and uses its key).
     */
    OptionalLong userOf(Object httpSession, Map<String, List<String>> headers, StreamHub hub) {
        if (!(httpSession instanceof HttpSession session) || !hasAllowedOrigin(headers, hub)) {
            return OptionalLong.empty();
        }
        try {
            if (!activeSessions.isRegistered(session.getId())
                    || !(session.getAttribute(RequestContext.SESSION_USER_ATTRIBUTE) instanceof Long userId)
                    || !brokerSessions.isLive(userId)) {
                return OptionalLong.empty();
            }
            activeSessions.touch(session.getId(), clock.instant());
            return OptionalLong.of(userId);
        } catch (IllegalStateException invalidatedMeanwhile) {
            return OptionalLong.empty();
        }
    }

    private static boolean hasAllowedOrigin(Map<String, List<String>> headers, StreamHub hub) {
        // The container keeps the client's spelling of header names.
        return headers.entrySet().stream()
                .filter(header -> "origin".equals(AsciiCase.lower(header.getKey())))
                .flatMap(header -> header.getValue().stream())
                .anyMatch(origin -> !origin.isBlank() && hub.originAllowed(origin));
    }
}
