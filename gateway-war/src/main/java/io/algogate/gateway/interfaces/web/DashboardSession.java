package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.ActiveSessionRegistry;
import io.algogate.security.filters.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's login state, kept in the HTTP session, which exists only after login. Each session
 * is also registered in the {@link ActiveSessionRegistry}; one the registry no longer knows (evicted
 * by a sixth login, ended by a password change) counts as logged out.
 */
final class DashboardSession {

    private DashboardSession() {
    }

    /** The user of the session as stored in it, whether or not the registry still knows it. */
    static Optional<Long> userId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(RequestContext.SESSION_USER_ATTRIBUTE)).map(Long.class::cast);
    }

    /**
     * The user of a session that is still registered, noting that it was seen now; empty for no session
     * or for one that was ended elsewhere.
     */
    static Optional<Long> activeUserId(HttpServletRequest request, ActiveSessionRegistry registry, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || !registry.isRegistered(session.getId())) {
            return Optional.empty();
        }
        registry.touch(session.getId(), now);
        return userId(request);
    }

    /**
     * A fresh session for the user: any earlier one is dropped, so its id cannot be fixed in advance.
     * Returns the ids of sessions the registry displaced (they are refused from their next request on).
     */
    static List<String> logIn(HttpServletRequest request, long userId, Instant now, ActiveSessionRegistry registry) {
        request.removeAttribute(SignedInUser.LOOKED_UP_ATTRIBUTE);
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            registry.remove(previous.getId());
            previous.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(RequestContext.SESSION_USER_ATTRIBUTE, userId);
        session.setAttribute(RequestContext.SESSION_LOGIN_AT_ATTRIBUTE, now);
        return registry.register(userId, session.getId(), request.getHeader("User-Agent"),
                RequestContext.clientIp(request), now);
    }

    static void logOut(HttpServletRequest request, ActiveSessionRegistry registry) {
        request.removeAttribute(SignedInUser.LOOKED_UP_ATTRIBUTE);
        HttpSession session = request.getSession(false);
        if (session != null) {
            registry.remove(session.getId());
            session.invalidate();
        }
    }

    /** A 303 to a dashboard path, relative so no Host header decides where it points. */
    static Response redirect(HttpServletRequest request, String appPath) {
        return Response.status(Response.Status.SEE_OTHER)
                .header("Location", request.getContextPath() + "/app/" + appPath).build();
    }
}
