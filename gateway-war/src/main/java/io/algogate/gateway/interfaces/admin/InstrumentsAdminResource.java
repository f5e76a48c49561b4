package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.application.InstrumentMasterService;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The instrument master (OpenAlgo's master contract): its state, and a download on request. */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsAdminResource {

    @Inject
    InstrumentMasterService master;

    /** {@code {"status": "none|downloading|success|error", "broker", "count", "completedAt", "error"}}. */
    @GET
    public Response status() {
        InstrumentMasterService.Status status = master.status();
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder()
                .add("status", status.phase().name().toLowerCase(java.util.Locale.ROOT))
                .add("broker", status.brokerId())
                .add("count", status.count());
        if (status.completedAt() != null) {
            json.add("completedAt", status.completedAt().toString());
        }
        if (status.error() != null) {
            json.add("error", status.error());
        }
        return Response.ok(json.build()).build();
    }

    /** Starts a download from the active broker; 202 while it runs in the background. */
    @POST
    @Path("refresh")
    @Consumes(MediaType.WILDCARD)
    public Response refresh() {
        if (!master.refreshInBackground()) {
            return Response.status(400).entity(Jsonp.PROVIDER.createObjectBuilder().add("status", "error")
                    .add("message", "The active broker has no instrument master to download").build()).build();
        }
        return Response.accepted(Jsonp.PROVIDER.createObjectBuilder().add("status", "success")
                .add("message", "Instrument master download started").build()).build();
    }
}
