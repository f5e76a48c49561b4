package io.algogate.gateway.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * OpenAlgo's routes this gateway does not serve yet (Telegram, WhatsApp, portfolio, SIP, chart
 * preferences): a 404 in the API's error shape that says so, rather than the bare "Not found" a
 * mistyped path gets, so a client knows the route exists in OpenAlgo and is missing here on purpose.
 */
@Path("{area: telegram|whatsapp|portfolio|sip|chart}{rest: (/.*)?}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutOfScopeResource {

    static final String MESSAGE = "The %s API of OpenAlgo is not supported by this gateway";

    @GET
    public Response get(@PathParam("area") String area) {
        return notSupported(area);
    }

    @POST
    public Response post(@PathParam("area") String area) {
        return notSupported(area);
    }

    @PUT
    public Response put(@PathParam("area") String area) {
        return notSupported(area);
    }

    @DELETE
    public Response delete(@PathParam("area") String area) {
        return notSupported(area);
    }

    private static Response notSupported(String area) {
        return ApiError.of(404, MESSAGE.formatted(area)).toResponse();
    }
}
