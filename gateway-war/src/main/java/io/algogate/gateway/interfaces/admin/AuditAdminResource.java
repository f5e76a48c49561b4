package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.domain.AuditChain;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The audit trail: {@code GET /admin/api/audit} lists its rows, newest first, a page at a time;
 * {@code POST /admin/api/audit/verify} checks the whole HMAC chain and names the first row that fails.
 * A POST, though it changes nothing, because it reads the whole table: a CSRF-guarded action, not a
 * link another site could make a logged-in admin's browser fetch over and over.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditAdminResource {

    @Inject
    SecurityEventLog trail;

    @GET
    public Response page(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        AdminPage asked = AdminPage.of(page, size);
        int pageNumber = asked.number();
        int pageSize = asked.size();
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        for (SecurityEvent event : trail.page(pageNumber, pageSize)) {
            JsonObjectBuilder row = Jsonp.PROVIDER.createObjectBuilder().add("id", event.getId())
                    .add("time", event.getOccurredAt().toString()).add("event", event.getEventType());
            addOrNull(row, "username", event.getUsername());
            addOrNull(row, "client_ip", event.getClientIp());
            addOrNull(row, "detail", event.getDetail());
            if (event.getSequence() == null) {
                row.addNull("sequence");
            } else {
                row.add("sequence", event.getSequence());
            }
            addOrNull(row, "mac", event.getMac());
            rows.add(row);
        }
        return Response.ok(Jsonp.PROVIDER.createObjectBuilder().add("status", "success").add("page", pageNumber)
                .add("size", pageSize).add("total", trail.count()).add("entries", rows).build()).build();
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.WILDCARD)
    public Response verify() {
        AuditChain.Verification result = trail.verify();
        JsonObjectBuilder body = Jsonp.PROVIDER.createObjectBuilder().add("status", "success").add("intact", result.intact())
                .add("checked", result.checked()).add("unchained", result.unchained())
                .add("head_sequence", result.headSequence()).add("head_mac", result.headMac());
        result.firstFailure().ifPresentOrElse(failure -> body.add("first_failure", Jsonp.PROVIDER.createObjectBuilder()
                .add("id", failure.id()).add("sequence", failure.sequence()).add("reason", failure.reason()))
                .add("message", "The audit trail was altered: row " + failure.id() + " fails: " + failure.reason()),
                () -> body.addNull("first_failure").add("message", "The audit trail is intact"));
        return Response.ok(body.build()).build();
    }

    private static void addOrNull(JsonObjectBuilder row, String name, String value) {
        if (value == null) {
            row.addNull(name);
        } else {
            row.add(name, value);
        }
    }
}
