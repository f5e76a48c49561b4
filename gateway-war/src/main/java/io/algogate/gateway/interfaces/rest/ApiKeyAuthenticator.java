package io.algogate.gateway.interfaces.rest;

import io.algogate.security.filters.RequestContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The user the API key filter authenticated. The filter runs before every known {@code /api/v1}
 * route, so a request without its mark never reached here legitimately: it is refused.
 */
final class ApiKeyAuthenticator {

    private ApiKeyAuthenticator() {
    }

    static long authenticatedUser(HttpServletRequest request) {
        if (request.getAttribute(RequestContext.API_USER_ATTRIBUTE) instanceof Long userId) {
            return userId;
        }
        throw ApiError.invalidApiKey();
    }
}
