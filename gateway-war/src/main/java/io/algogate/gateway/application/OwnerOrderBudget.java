package io.algogate.gateway.application;

import io.algogate.security.filters.ApiKeyRateLimitFilter;
import io.algogate.security.filters.RateLimiter;
import io.algogate.security.filters.RouteClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A user's per-key order budget (D11's {@code order} and {@code smart} classes), for orders that do not
 * arrive with the key: a strategy webhook and the dashboard's order forms. They draw on the same bucket
 * as {@code ApiKeyRateLimitFilter} meters for the user's key, so a second way in is no second budget.
 */
@ApplicationScoped
public class OwnerOrderBudget {

    /** The subject of a user who has no key (yet): their own bucket, never one shared with others. */
    static final String KEYLESS_PREFIX = "user:";

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ApiKeyService apiKeys;

    /** Takes one token of the route class from the user's bucket; the decision says whether it was there. */
    public RateLimiter.Decision tryConsume(long userId, RouteClass routeClass) {
        String subject = apiKeys.keyDigest(userId).map(ApiKeyRateLimitFilter::subjectOf)
                .orElse(KEYLESS_PREFIX + userId);
        return rateLimiter.tryConsume(routeClass, subject);
    }
}
