package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.FileNotFoundException;
import java.io.IOException;

/**
 * Stops path scanners (probing for admin panels, backups, known exploits) by handing every 404 that an
 * unauthenticated client provokes to the {@link ScanTracker}, which bans past its threshold.
 *
 * <p>It wraps the end of the chain so it sees the final status. Liberty reports a missing static file
 * by throwing a {@link FileNotFoundException} through the filters rather than by a status, so that
 * counts as a 404 too. Clients with a dashboard session or a valid API key are not counted: a
 * mistyped link is not a scan.
 */
public final class ScanDetectionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ScanTracker tracker;

    public ScanDetectionFilter() {
    }

    ScanDetectionFilter(ScanTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException e) {
            if (ErrorResponses.isMissingFile(e)) {
                recordIfUnauthenticated(request);
            }
            throw e;
        }
        if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
            recordIfUnauthenticated(request);
        }
    }

    private void recordIfUnauthenticated(HttpServletRequest request) {
        if (request.getAttribute(RequestContext.API_USER_ATTRIBUTE) != null) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(RequestContext.SESSION_USER_ATTRIBUTE) != null) {
            return;
        }
        tracker.recordNotFound(RequestContext.clientKey(request), ErrorResponses.path(request));
    }
}
