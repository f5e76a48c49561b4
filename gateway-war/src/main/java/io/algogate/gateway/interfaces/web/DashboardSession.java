package io.algogate.gateway.interfaces.web;

import io.algogate.security.filters.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;

/** The dashboard's login state, kept in the HTTP session, which exists only after login. */
final class DashboardSession {


    private DashboardSession() {
    }

    static Optional<Long> userId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(RequestContext.SESSION_USER_ATTRIBUTE)).map(Long.class::cast);
    }

    /** A fresh session for the user: any earlier one is dropped, so its id cannot be fixed in advance. */
    static void logIn(HttpServletRequest request, long userId, Instant now) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(RequestContext.SESSION_USER_ATTRIBUTE, userId);
        session.setAttribute(RequestContext.SESSION_LOGIN_AT_ATTRIBUTE, now);
    }

    static void logOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** A 303 to a dashboard path, relative so no Host header decides where it points. */
    static Response redirect(HttpServletRequest request, String appPath) {
        return Response.status(Response.Status.SEE_OTHER)
                .header("Location", request.getContextPath() + "/app/" + appPath).build();
    }
}
