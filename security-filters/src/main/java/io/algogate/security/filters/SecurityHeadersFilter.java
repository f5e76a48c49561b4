package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Stops cross-site scripting, clickjacking, MIME sniffing and leaks through caches and referrers by
 * setting the browser's defences on every response. Headers are set before the rest of the chain
 * runs, so rejections from later layers and container error pages carry them too.
 *
 * <p>The Content Security Policy allows no inline script or style except with the response's own
 * nonce (128 random bits, fresh per response), which views read from the {@code cspNonce} request
 * attribute. There is no {@code 'unsafe-inline'}. Violations are reported to
 * {@link SecurityHeadersPolicy#REPORT_PATH}; report-only mode is a setting.
 */
public final class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int NONCE_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), screen-wake-lock=(), web-share=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    private transient SecurityHeadersPolicy policy;

    public SecurityHeadersFilter() {
    }

    SecurityHeadersFilter(SecurityHeadersPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String nonce = newNonce();
        request.setAttribute(RequestContext.CSP_NONCE_ATTRIBUTE, nonce);
        SecurityHeadersPolicy csp = policy == null ? SecurityHeadersPolicy.defaults() : policy;
        response.setHeader(csp.headerName(), contentSecurityPolicy(nonce, csp.connectSources()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isStaticAsset(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    static String contentSecurityPolicy(String nonce) {
        return contentSecurityPolicy(nonce, SecurityHeadersPolicy.defaults().connectSources());
    }

    /**
     * The policy with the response's nonce. {@code connect-src} names the gateway's own socket
     * explicitly: browsers that predate CSP level 3 do not count {@code ws:} URLs as {@code 'self'}.
     */
    static String contentSecurityPolicy(String nonce, String connectSources) {
        String nonceSource = "'nonce-" + nonce + "'";
        return "default-src 'self'; "
                + "script-src 'self' " + nonceSource + "; "
                + "style-src 'self' " + nonceSource + "; "
                + "img-src 'self' data:; "
                + "font-src 'self'; "
                + "connect-src " + connectSources + "; "
                + "media-src 'self'; "
                + "frame-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'self'; "
                + "report-uri " + SecurityHeadersPolicy.REPORT_PATH;
    }

    /** Static files hold no user data, so browsers may cache them; everything else is per user. */
    private static boolean isStaticAsset(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/static/");
    }

    static String newNonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
