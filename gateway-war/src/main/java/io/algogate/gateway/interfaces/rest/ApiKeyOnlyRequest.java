package io.algogate.gateway.interfaces.rest;

import java.util.List;

/**
 * The schemas that carry nothing but the key ({@code orderbook}, {@code ping}, ...): an empty body is
 * fine when the key came in a header, anything else is refused as an unknown field.
 */
final class ApiKeyOnlyRequest {

    private ApiKeyOnlyRequest() {
    }

    static void validate(String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        JsonRequest json = JsonRequest.parse(body).allowOnly(List.of("apikey"));
        json.string("apikey", false, 256);
        json.throwIfInvalid();
    }
}
