package io.algogate.gateway.interfaces.web;

import io.algogate.security.filters.RequestContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;

/**
 * An unknown path under {@code /app}: the same "Not found" page in the layout the container shows
 * for every other unknown path (web.xml's 404 page). JAX-RS answers these itself, with an empty body,
 * so the container's error page never sees them.
 */
public class DashboardNotFoundMapper implements ExceptionMapper<NotFoundException> {

    static final String NOT_FOUND_VIEW = "/WEB-INF/views/errors/not-found.jsp";

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public Response toResponse(NotFoundException unknownPath) {
        Response.ResponseBuilder notFound = Response.status(Response.Status.NOT_FOUND);
        try {
            // The container's own request and response, which the first filter kept: Liberty's
            // dispatcher refuses RESTEasy's proxies (as for Krazo's forwards, LibertyRequestUnwrapper).
            HttpServletRequest containerRequest = RequestContext.current().map(RequestContext::request).orElse(request);
            HttpServletResponse containerResponse = RequestContext.current().map(RequestContext::response).orElse(response);
            return notFound.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(RenderedView.of(containerRequest, containerResponse, NOT_FOUND_VIEW)).build();
        } catch (ServletException | IOException failed) {
            return notFound.build();
        }
    }
}
