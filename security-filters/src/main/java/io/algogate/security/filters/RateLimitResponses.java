package io.algogate.security.filters;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * What both rate-limit filters do with a limited request: take a token, tell the client its budget in
 * the IETF draft's headers, and refuse with 429 in the API's shape (OpenAlgo's body), as the dashboard's
 * page, or as plain text.
 */
final class RateLimitResponses {

    static final int TOO_MANY_REQUESTS = 429;
    static final String API_MESSAGE = "Rate limit exceeded. Please slow down your requests.";

    private RateLimitResponses() {
    }

    /** A filter without its limiter would leave every route unmetered; it must not start. */
    static void requireLimiter(RateLimiter rateLimiter, Object filter) throws ServletException {
        if (rateLimiter == null) {
            throw new ServletException(filter.getClass().getSimpleName() + " has no RateLimiter: it was not injected");
        }
    }

    /**
     * Passes a request in no rate-limit class on uncounted; charges any other to the subject's bucket
     * and passes it on only if the bucket had a token.
     */
    static void meter(FilterSlot layer, RateLimiter rateLimiter, String subject, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<RouteClass> routeClass = RouteClassifier.classify(request.getMethod(),
                ErrorResponses.path(request), isWebSocketUpgrade(request));
        if (routeClass.isEmpty() || admit(rateLimiter, routeClass.get(), subject, request, response)) {
            chain.doFilter(request, response);
        } else {
            Refusals.mark(request, layer);
        }
    }

    /**
     * Charges the request to the subject's bucket of its class and writes the headers; when the bucket
     * is empty, also writes the 429.
     *
     * @return whether the request may go on
     */
    static boolean admit(RateLimiter rateLimiter, RouteClass routeClass, String subject,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        RateLimiter.Decision decision = rateLimiter.tryConsume(routeClass, subject);
        // Set before the chain runs: once the application writes, the response may be committed.
        response.setHeader("RateLimit-Policy", rateLimiter.policyHeader(routeClass));
        response.setHeader("RateLimit", rateLimiter.rateLimitHeader(decision));
        if (decision.allowed()) {
            return true;
        }
        refuse(request, response, decision.retryAfterSeconds());
        return false;
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        if (ErrorResponses.answersJson(request)) {
            ErrorResponses.writeJson(response, TOO_MANY_REQUESTS, apiBody(retryAfterSeconds));
        } else {
            ErrorResponses.textOrPage(request, response, TOO_MANY_REQUESTS,
                    "Too many requests. Try again in " + retryAfterSeconds + " seconds.");
        }
    }

    /** OpenAlgo's 429 body, with {@code retry_after} as a number. */
    static String apiBody(long retryAfterSeconds) {
        return Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("message", API_MESSAGE)
                .add("retry_after", retryAfterSeconds).build().toString();
    }

    /** Whether the request asks to become a WebSocket. */
    static boolean isWebSocketUpgrade(HttpServletRequest request) {
        return AsciiCase.equalsIgnoreCase("websocket", request.getHeader("Upgrade"));
    }
}
