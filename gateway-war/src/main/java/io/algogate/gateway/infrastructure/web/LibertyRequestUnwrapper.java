package io.algogate.gateway.infrastructure.web;

import io.algogate.security.filters.RequestContext;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.krazo.core.HttpCommunicationUnwrapper;

/**
 * Hands Krazo the container's own request and response, which the first filter kept. Liberty's
 * dispatcher refuses to forward RESTEasy's proxied request to a JSP (stack-notes P5).
 */
@Priority(100)
public final class LibertyRequestUnwrapper implements HttpCommunicationUnwrapper {

    @Override
    public boolean supports(Object object) {
        return RequestContext.current().isPresent();
    }

    @Override
    public HttpServletRequest unwrapRequest(HttpServletRequest request, Class<HttpServletRequest> type) {
        return RequestContext.current().map(RequestContext::request).orElse(request);
    }

    @Override
    public HttpServletResponse unwrapResponse(HttpServletResponse response, Class<HttpServletResponse> type) {
        return RequestContext.current().map(RequestContext::response).orElse(response);
    }
}
