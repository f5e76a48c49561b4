package io.algogate.security.filters;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Stops cross-site request forgery on the dashboard: a state-changing request (POST, PUT, PATCH,
 * DELETE) must say, by {@code Origin} or else {@code Sec-Fetch-Site: same-origin}, that it comes from
 * a page of this gateway. Without either header, or with {@code Origin: null} or another site's
 * origin, it is refused with 403. This is the header half of D7; Krazo checks the form token.
 *
 * <p>Only headers are read. Calling {@code getParameter()} or reading the body here would consume a
 * form POST before Krazo sees it and break its token check.
 *
 * <p>The API and the webhooks are exempt: keys and webhook ids authenticate them, not cookies.
 */
public final class CsrfOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final List<String> EXEMPT_PREFIXES =
            List.of("/api/v1/", "/strategy/webhook/", "/chartink/webhook/", "/__test/", "/csp-report");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!STATE_CHANGING.contains(request.getMethod()) || isExempt(request) || isSameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        Refusals.mark(request, FilterSlot.CSRF);
        ErrorResponses.text(response, HttpServletResponse.SC_FORBIDDEN, "Cross-site request refused");
    }

    /**
     * Exempt only if both the URI as sent and the path the container routes by (decoded, dot segments
     * removed) are under an exempt prefix, so {@code /api/v1/%2e%2e/app/...} cannot slip a dashboard
     * request past the check.
     */
    private static boolean isExempt(HttpServletRequest request) {
        String asSent = ErrorResponses.path(request);
        String routed = Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), "");
        return EXEMPT_PREFIXES.stream().anyMatch(prefix -> asSent.startsWith(prefix) && routed.startsWith(prefix));
    }

    private static boolean isSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            Optional<String> own = ownOrigin(request);
            return own.isPresent() && CorsPolicy.normaliseOrigin(origin).equals(own);
        }
        // Browsers that omit Origin on a same-origin request still send Fetch Metadata
        return "same-origin".equals(request.getHeader("Sec-Fetch-Site"));
    }

    /**
     * This gateway's origin as the browser addressed it: the request's scheme and its Host header.
     * Behind a TLS-terminating proxy the scheme must be the client's (the container's remote-IP /
     * forwarded-proto support), or every dashboard POST is refused.
     */
    private static Optional<String> ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            // HTTP/2 (what browsers speak over TLS) carries the authority as :authority, which Liberty
            // does not expose as a Host header; the container's server name and port are taken from it.
            String name = request.getServerName();
            if (name == null || name.isBlank()) {
                return Optional.empty();
            }
            host = (name.contains(":") ? "[" + name + "]" : name) + ":" + request.getServerPort();
        }
        return CorsPolicy.normaliseOrigin(request.getScheme().toLowerCase(Locale.ROOT) + "://" + host.strip());
    }
}
