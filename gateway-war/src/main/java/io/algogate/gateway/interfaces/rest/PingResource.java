package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.OrderService;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code ping}: proves the key works and names the broker. Not an anonymous health probe. */
@Path("ping")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    @Context
    HttpServletRequest request;

    @Inject
    OrderService orders;

    @POST
    public Response ping(String body) {
        ApiKeyOnlyRequest.validate(body);
        ApiKeyAuthenticator.authenticatedUser(request);
        return ApiResponses.success(Jsonp.PROVIDER.createObjectBuilder().add("status", "success")
                .add("data", Jsonp.PROVIDER.createObjectBuilder().add("message", "pong").add("broker", orders.brokerId())));
    }
}
