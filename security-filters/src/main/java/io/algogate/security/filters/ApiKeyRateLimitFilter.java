package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Stops one API client from starving another: a runaway strategy, or a neighbour behind the same NAT,
 * spends only its own key's budget. Requests that the API key filter accepted (they carry
 * {@link RequestContext#API_KEY_HASH_ATTRIBUTE}) take a token from the bucket of their route class and
 * their key's SHA-256, never the key itself; an empty bucket answers 429 with {@code Retry-After} and
 * OpenAlgo's JSON body.
 *
 * <p>The per-address limit ({@link IpRateLimitFilter}) has already run; this one is the finer meter
 * for clients that the address cannot tell apart. Requests without a verified key pass untouched: the
 * key filter has refused them already, or they are not API requests. The headers this filter writes
 * replace the per-address ones: for a client with a key, its key's budget is the one to pace by.
 */
public final class ApiKeyRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SUBJECT_PREFIX = "key:";

    @Inject
    private transient RateLimiter rateLimiter;

    /** For the container, which injects the limiter. */
    public ApiKeyRateLimitFilter() {
    }

    /** For tests, and for registration without CDI. */
    ApiKeyRateLimitFilter(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    /** A missing limiter would leave every key unmetered; refuse to start instead. */
    @Override
    public void init() throws ServletException {
        RateLimitResponses.requireLimiter(rateLimiter, this);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object keyHash = request.getAttribute(RequestContext.API_KEY_HASH_ATTRIBUTE);
        if (keyHash == null) {
            chain.doFilter(request, response);
            return;
        }
        RateLimitResponses.meter(FilterSlot.RATE_LIMIT_KEY, rateLimiter, subjectOf(keyHash.toString()), request, response, chain);
    }

    /**
     * The limiter's subject for a key, from the SHA-256 the key filter left on the request: work that
     * one request fans out (a split order's children) takes its tokens from the same key's buckets.
     */
    public static String subjectOf(String keyHash) {
        return SUBJECT_PREFIX + keyHash;
    }

    /** OpenAlgo's 429 body, for work metered against a key outside this filter (a strategy webhook). */
    public static String refusalBody(long retryAfterSeconds) {
        return RateLimitResponses.apiBody(retryAfterSeconds);
    }
}
