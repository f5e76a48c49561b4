package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Stops other web sites from reading API responses through a user's browser: only origins listed in
 * the {@link CorsPolicy} get CORS headers, and only on {@code /api/}. With CORS off (the default) no
 * header is added and browsers keep every other site out.
 *
 * <p>A preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) is
 * answered here and goes no further: it carries no key and no CSRF proof, and must not need them. A
 * preflight from an origin not on the list is refused with 403 and no CORS headers.
 */
public final class CorsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ORIGIN = "Origin";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";

    @Inject
    private transient CorsPolicy policy;

    public CorsFilter() {
    }

    CorsFilter(CorsPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CorsPolicy current = policy == null ? CorsPolicy.disabled() : policy;
        String origin = request.getHeader(ORIGIN);
        if (!current.enabled() || origin == null || !ErrorResponses.isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean allowed = current.allows(origin);
        if (isPreflight(request)) {
            if (allowed) {
                addOriginHeaders(current, origin, response);
                response.setHeader("Access-Control-Allow-Methods", String.join(", ", current.allowedMethods()));
                response.setHeader("Access-Control-Allow-Headers", String.join(", ", current.allowedHeaders()));
                response.setHeader("Access-Control-Max-Age", Long.toString(current.maxAgeSeconds()));
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                Refusals.mark(request, FilterSlot.CORS);
                ErrorResponses.apiError(response, HttpServletResponse.SC_FORBIDDEN, "Origin not allowed");
            }
            return;
        }
        if (allowed) {
            addOriginHeaders(current, origin, response);
            if (!current.exposedHeaders().isEmpty()) {
                response.setHeader("Access-Control-Expose-Headers", String.join(", ", current.exposedHeaders()));
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeader(REQUEST_METHOD) != null;
    }

    /** Echoes the one origin (never {@code *}); Vary keeps caches from serving it to another origin. */
    private static void addOriginHeaders(CorsPolicy policy, String origin, HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.addHeader("Vary", ORIGIN);
        if (policy.allowCredentials()) {
            response.setHeader("Access-Control-Allow-Credentials", "true");
        }
    }
}
