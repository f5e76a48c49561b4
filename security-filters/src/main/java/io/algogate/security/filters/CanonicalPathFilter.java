package io.algogate.security.filters;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stops path confusion: a path the layers below would read one way and the container route another
 * ({@code //api/v1/placeorder}, {@code /api/v1/./placeorder}, an encoded slash) could slip past the
 * route classes that rate limits, CSRF and the key check rely on. Repeated slashes are redirected with
 * 308 to the merged path, as OpenAlgo's framework does (so a client configured with a host ending in
 * "/" still works: 308 keeps the method and body); dot segments and encoded separators are refused.
 */
public final class CanonicalPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|$)");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ErrorResponses.path(request);
        if (hasEncodedSeparator(path) || DOT_SEGMENT.matcher(path).find()) {
            Refusals.mark(request, FilterSlot.CANONICAL_PATH);
            ErrorResponses.refuse(request, response, HttpServletResponse.SC_BAD_REQUEST,
                    "The request path is not in canonical form");
            return;
        }
        if (path.contains("//")) {
            String merged = REPEATED_SLASHES.matcher(path).replaceAll("/");
            String query = request.getQueryString();
            response.setStatus(308);
            response.setHeader("Location", request.getContextPath() + merged + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }

    /** {@code %2F}, {@code %5C} (backslash) and {@code %2E} (dot) are separators in disguise. */
    static boolean hasEncodedSeparator(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        return lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || rawPath.contains("\\");
    }
}
