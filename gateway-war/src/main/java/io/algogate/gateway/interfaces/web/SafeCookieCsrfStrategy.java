package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.infrastructure.crypto.RandomTokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.eclipse.krazo.security.CsrfToken;
import org.eclipse.krazo.security.CsrfTokenStrategy;

/**
 * Krazo's CSRF tokens as a double-submit cookie, so no HTTP session exists before login (D7).
 * Krazo 3.0.1's own cookie strategy fails on a request without cookies and sets a new cookie each
 * time it is asked within one request; this one reads cookies null-safely and makes one token per
 * request.
 */
public final class SafeCookieCsrfStrategy implements CsrfTokenStrategy {

    static final String COOKIE = "XSRF-TOKEN";
    static final String FIELD = "_csrf";
    static final String HEADER = "X-XSRF-TOKEN";
    private static final String REQUEST_ATTRIBUTE = SafeCookieCsrfStrategy.class.getName();

    @Override
    public Optional<CsrfToken> getToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        Object made = request.getAttribute(REQUEST_ATTRIBUTE);
        if (made instanceof CsrfToken token) {
            return Optional.of(token);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                    return Optional.of(new CsrfToken(HEADER, FIELD, cookie.getValue()));
                }
            }
        }
        if (!create) {
            return Optional.empty();
        }
        CsrfToken token = new CsrfToken(HEADER, FIELD, newTokenValue());
        Cookie cookie = new Cookie(COOKIE, token.getValue());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.setAttribute(REQUEST_ATTRIBUTE, token);
        return Optional.of(token);
    }

    private static String newTokenValue() {
        return RandomTokens.urlSafe(32);
    }
}
