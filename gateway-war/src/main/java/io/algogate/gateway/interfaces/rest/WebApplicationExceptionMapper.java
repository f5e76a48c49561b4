package io.algogate.gateway.interfaces.rest;

import io.algogate.security.filters.AsciiCase;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method, unsupported media type) in the API's error shape.
 * An unknown path answers as OpenAlgo does: {@code {"status":"error","message":"Not found","path":...}},
 * the path below the application's base ({@code /api/v1/}, or {@code /strategy/} for the webhooks).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            String base = uriInfo.getBaseUri().getPath();
            return ApiResponses.json(404, ApiError.base("Not found")
                    .add("path", (base.endsWith("/") ? base : base + "/") + uriInfo.getPath().replaceFirst("^/", ""))
                    .build());
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        Response response = ApiError.of(status, reason == null || reason.isBlank() ? "Request refused" : reason)
                .toResponse();
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (AsciiCase.equalsIgnoreCase(name, "Allow")) {
                values.forEach(value -> response.getHeaders().add(name, value));
            }
        });
        return response;
    }
}
