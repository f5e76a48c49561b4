package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Stops brute force and flooding by one client address: password and TOTP guessing, reset-mail
 * bombing, order floods, webhook and WebSocket storms. Each request in a rate-limit class takes a token
 * from the bucket of its class and its client key; an empty bucket answers 429 with
 * {@code Retry-After}.
 *
 * <p>What is limited, and how much, is decided elsewhere: {@link RouteClassifier} puts the request in
 * its class (D11), {@link RateLimitPolicy} holds the class's limits ({@code algogate.ratelimit.*}), and
 * {@link RateLimiter} keeps the buckets. Requests in no class (dashboard pages, static files) pass on
 * without being counted or given headers.
 *
 * <p>The subject is the client key from {@link RequestContext}: the address resolved through the
 * trusted proxies, and for IPv6 its /64, because one subscriber holds a whole /64 and could otherwise
 * rotate addresses to get a fresh bucket per request.
 *
 * <p>The filter sits before the request limits and the API key filter ({@link FilterSlot#RATE_LIMIT_IP}),
 * so a refused request costs one cache operation: no body is read and no Argon2 hash is computed.
 * Limited responses carry {@code RateLimit-Policy} and {@code RateLimit} (IETF httpapi draft); refused
 * ones carry OpenAlgo's JSON body on {@code /api/} and plain text elsewhere.
 */
public final class IpRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SUBJECT_PREFIX = "ip:";

    @Inject
    private transient RateLimiter rateLimiter;

    /** For the container, which injects the limiter. */
    public IpRateLimitFilter() {
    }

    /** For tests, and for registration without CDI. */
    IpRateLimitFilter(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    /** A missing limiter would leave every route unmetered; refuse to start instead. */
    @Override
    public void init() throws ServletException {
        RateLimitResponses.requireLimiter(rateLimiter, this);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String subject = SUBJECT_PREFIX + RequestContext.clientKey(request);
        RateLimitResponses.meter(FilterSlot.RATE_LIMIT_IP, rateLimiter, subject, request, response, chain);
    }
}
