package io.algogate.gateway.interfaces.rest;

import java.util.List;

/** The schemas that carry nothing but the key ({@code orderbook}, {@code ping}, ...). */
record ApiKeyOnlyRequest(String apiKey) {

    static ApiKeyOnlyRequest parse(String body) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(List.of("apikey"));
        String apiKey = json.string("apikey", true, 256).orElse(null);
        json.throwIfInvalid();
        return new ApiKeyOnlyRequest(apiKey);
    }

    @Override
    public String toString() {
        return "ApiKeyOnlyRequest[apiKey=hidden]";
    }
}
