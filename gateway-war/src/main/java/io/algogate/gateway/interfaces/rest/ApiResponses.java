package io.algogate.gateway.interfaces.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the API's JSON responses. */
final class ApiResponses {

    private ApiResponses() {
    }

    static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).entity(body).build();
    }

    static Response success(JsonObjectBuilder body) {
        return json(200, body.build());
    }
}
