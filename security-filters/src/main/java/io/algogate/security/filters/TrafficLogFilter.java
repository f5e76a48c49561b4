package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Stops probing and abuse from going unseen: every request but a static asset is handed to the
 * {@link TrafficRecorder} with its client, method, path (no query), final status, time taken, user
 * and failure, for the traffic log.
 *
 * <p>It sits right after the request context (which resolved the client address) and around every
 * layer that may refuse, so a ban, a rate limit or a bad key is recorded with the status the client
 * got. The user is read after the chain, when the key filter or the session has named them. Static
 * assets are left out: they would drown the requests worth reading.
 */
public final class TrafficLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int MAX_PATH_LENGTH = 512;
    private static final String STATIC_PREFIX = "/static/";

    @Inject
    private transient TrafficRecorder recorder;

    /** Counts the same requests by status and refusing layer ({@link Refusals}) for the metrics. */
    @Inject
    private transient RequestMetrics metrics;

    public TrafficLogFilter() {
    }

    TrafficLogFilter(TrafficRecorder recorder) {
        this(recorder, RequestMetrics.NONE);
    }

    TrafficLogFilter(TrafficRecorder recorder, RequestMetrics metrics) {
        this.recorder = recorder;
        this.metrics = metrics;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ErrorResponses.path(request);
        if (path.startsWith(STATIC_PREFIX) || path.equals("/favicon.ico")) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            int status = statusOf(response, failure);
            recorder.record(new TrafficRecord(clientIp(request), request.getMethod(), truncate(path),
                    status, millis, userOf(request), failure == null ? null : failure.getClass().getSimpleName()));
            metrics.completed(path, status, millis, Refusals.of(request));
        }
    }

    /** The status the client got; a missing static file Liberty throws about is a 404. */
    private static int statusOf(HttpServletResponse response, Throwable failure) {
        if (failure == null) {
            return response.getStatus();
        }
        return ErrorResponses.isMissingFile(failure) ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static String clientIp(HttpServletRequest request) {
        Object resolved = request.getAttribute(RequestContext.CLIENT_IP_ATTRIBUTE);
        return resolved instanceof String ip ? ip : request.getRemoteAddr();
    }

    private static Long userOf(HttpServletRequest request) {
        if (request.getAttribute(RequestContext.API_USER_ATTRIBUTE) instanceof Long apiUser) {
            return apiUser;
        }
        try {
            HttpSession session = request.getSession(false);
            return session != null && session.getAttribute(RequestContext.SESSION_USER_ATTRIBUTE) instanceof Long user
                    ? user : null;
        } catch (IllegalStateException invalidated) {
            return null; // the request logged out
        }
    }

    private static String truncate(String path) {
        return path.length() <= MAX_PATH_LENGTH ? path : path.substring(0, MAX_PATH_LENGTH);
    }
}
