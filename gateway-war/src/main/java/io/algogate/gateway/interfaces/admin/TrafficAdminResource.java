package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.application.TrafficLogService;
import io.algogate.gateway.domain.TrafficLogEntry;
import io.algogate.gateway.domain.TrafficLogRepository;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /admin/api/traffic}: the traffic log, newest first, a page at a time, with the writer's
 * queue figures (how many records wait, how many were dropped because the database fell behind).
 */
@Path("")
@RequestScoped
public class TrafficAdminResource {

    @Inject
    TrafficLogRepository traffic;

    @Inject
    TrafficLogService writer;

    @GET
    @Path("traffic")
    @Produces("application/json")
    public Response page(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        AdminPage asked = AdminPage.of(page, size);
        int pageNumber = asked.number();
        int pageSize = asked.size();
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        for (TrafficLogEntry entry : traffic.newestFirst(pageNumber, pageSize)) {
            JsonObjectBuilder row = Jsonp.PROVIDER.createObjectBuilder()
                    .add("id", entry.getId())
                    .add("time", entry.getLoggedAt().toString())
                    .add("client_ip", entry.getClientIp())
                    .add("method", entry.getMethod())
                    .add("path", entry.getPath())
                    .add("status", entry.getStatus())
                    .add("duration_ms", entry.getDurationMillis());
            if (entry.getUserId() == null) {
                row.addNull("user_id");
            } else {
                row.add("user_id", entry.getUserId());
            }
            if (entry.getError() == null) {
                row.addNull("error");
            } else {
                row.add("error", entry.getError());
            }
            rows.add(row);
        }
        return Response.ok(Jsonp.PROVIDER.createObjectBuilder().add("page", pageNumber).add("size", pageSize)
                .add("total", traffic.count()).add("queued", writer.queued()).add("dropped", writer.dropped())
                .add("lost_to_failed_writes", writer.lostToFailedWrites()).add("entries", rows).build()).build();
    }
}
