package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.OrderLogRecorder;
import io.algogate.security.filters.RequestContext;
import io.algogate.security.filters.RequestLimitsFilter;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Records every order request and its answer in the order log ({@link OrderLogRecorder}), refusals
 * included: they run through the exception mappers first, so the logged response is what the client
 * got. The body is the one the request limits filter read and kept.
 */
@Provider
@OrderLogged
public class OrderLogFilter implements ContainerResponseFilter {

    @Context
    HttpServletRequest servletRequest;

    @Inject
    OrderLogRecorder recorder;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        byte[] body = servletRequest.getAttribute(RequestLimitsFilter.BODY_ATTRIBUTE) instanceof byte[] bytes ? bytes : null;
        Long userId = servletRequest.getAttribute(RequestContext.API_USER_ATTRIBUTE) instanceof Long id ? id : null;
        String endpoint = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        Object entity = response.getEntity();
        String answer = entity instanceof JsonValue json ? json.toString() : String.valueOf(entity);
        recorder.record(endpoint, body, userId, response.getStatus(), answer);
    }
}
