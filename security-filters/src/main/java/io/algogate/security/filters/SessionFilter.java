package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/**
 * Stops a stolen or forgotten dashboard session from living past the daily cut-off: every request
 * that carries a session is checked against {@link SessionExpiryPolicy}, and a session from before the
 * last cut-off is ended, its user's broker session revoked, and the browser sent to the login page.
 *
 * <p>It never creates a session (no session exists before login). API clients need no browser
 * visit for their broker session to end: it carries its own expiry, checked with the API key.
 */
public final class SessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String EXPIRED_LOCATION = "/app/login?expired=1";

    @Inject
    private transient SessionExpiryPolicy policy;

    @Inject
    private transient SessionRevoker revoker;

    @Inject
    private transient Clock clock;

    public SessionFilter() {
    }

    SessionFilter(SessionExpiryPolicy policy, SessionRevoker revoker, Clock clock) {
        this.policy = policy;
        this.revoker = revoker;
        this.clock = clock;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && expired(session)) {
            Object userId = session.getAttribute(RequestContext.SESSION_USER_ATTRIBUTE);
            session.invalidate();
            if (userId instanceof Long id) {
                revoker.revokeBrokerSession(id);
            }
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean expired(HttpSession session) {
        if (!(session.getAttribute(RequestContext.SESSION_LOGIN_AT_ATTRIBUTE) instanceof Instant loginAt)) {
            return false;
        }
        try {
            return policy.expired(loginAt, clock.instant());
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }

    /** A page request goes to the login page with a notice; anything else gets a plain 401. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Refusals.mark(request, FilterSlot.SESSION);
        if ("GET".equals(request.getMethod()) && ErrorResponses.path(request).startsWith("/app/")) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + EXPIRED_LOCATION);
            return;
        }
        ErrorResponses.refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                "Session expired at the daily cut-off: log in again");
    }
}
