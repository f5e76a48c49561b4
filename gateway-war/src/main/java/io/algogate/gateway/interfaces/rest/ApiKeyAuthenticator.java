package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.ApiKeyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a presented key into its user, or refuses with OpenAlgo's 403. */
@ApplicationScoped
class ApiKeyAuthenticator {

    @Inject
    ApiKeyService apiKeys;

    long authenticate(String apiKey) {
        return apiKeys.verify(apiKey).orElseThrow(ApiError::invalidApiKey);
    }
}
