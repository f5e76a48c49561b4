package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.OrderLogRecorder;
import io.algogate.security.filters.RequestContext;
import io.algogate.security.filters.RequestLimitsFilter;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;

/**
 * Records every order request and its answer in the order log ({@link OrderLogRecorder}), refusals
 * included: they run through the exception mappers first, so the logged response is what the client
 * got. The body is the one the request limits filter read and kept.
 *
 * <p>An order route outside {@code /api/v1} (the strategy webhook, whose path holds its credential)
 * names itself with {@link #ENDPOINT_ATTRIBUTE} and hands over what to log with
 * {@link #REQUEST_ATTRIBUTE}; until it does, it is not logged (a webhook whose id names no strategy
 * placed nothing for anyone).
 */
@Provider
@OrderLogged
public class OrderLogFilter implements ContainerResponseFilter {

    /** The endpoint an order route outside the API is logged under, e.g. {@code strategy/webhook}. */
    static final String ENDPOINT_ATTRIBUTE = "algogate.orderlog.endpoint";
    /** The request text such a route logs (a JSON object without secrets), instead of the API's buffered body. */
    static final String REQUEST_ATTRIBUTE = "algogate.orderlog.request";

    @Context
    HttpServletRequest servletRequest;

    @Inject
    OrderLogRecorder recorder;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String namedEndpoint = servletRequest.getAttribute(ENDPOINT_ATTRIBUTE) instanceof String named ? named : null;
        byte[] apiBody = servletRequest.getAttribute(RequestLimitsFilter.BODY_ATTRIBUTE) instanceof byte[] bytes
                ? bytes : null;
        if (namedEndpoint == null && apiBody == null) {
            return;
        }
        byte[] body = servletRequest.getAttribute(REQUEST_ATTRIBUTE) instanceof String named
                ? named.getBytes(StandardCharsets.UTF_8) : apiBody;
        Long userId = servletRequest.getAttribute(RequestContext.API_USER_ATTRIBUTE) instanceof Long id ? id : null;
        String endpoint = namedEndpoint != null ? namedEndpoint : request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        Object entity = response.getEntity();
        String answer = String.valueOf(entity);
        if (entity instanceof JsonValue) {
            // Serialized once: the same text goes to the log and, as the entity, to the client.
            response.setEntity(answer, response.getEntityAnnotations(),
                    response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE);
        }
        if (body == apiBody && servletRequest.getAttribute(RequestContext.PARSED_BODY_ATTRIBUTE) instanceof JsonObject json) {
            recorder.record(endpoint, json, userId, response.getStatus(), answer);
        } else {
            recorder.record(endpoint, body, userId, response.getStatus(), answer);
        }
    }
}
