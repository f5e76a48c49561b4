package io.algogate.gateway.interfaces.rest;

import io.algogate.security.filters.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged in full on the server with the request id, answered with a 500 that
 * carries only that id, so no stack trace, SQL or class name ever reaches the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Exception e) {
        String requestId = RequestContext.requestId(request);
        LOG.log(Level.SEVERE, "Unexpected error in API request " + requestId, e);
        return ApiError.of(500, "An unexpected error occurred in the API endpoint (request id " + requestId + ")")
                .toResponse();
    }
}
