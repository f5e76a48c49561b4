package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.application.TrafficLogService;
import io.algogate.gateway.domain.TrafficLogEntry;
import io.algogate.gateway.domain.TrafficLogQuery;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code GET /admin/api/traffic}: the traffic log, newest first, a page at a time, with the writer's
 * queue figures (how many records wait, how many were dropped because the database fell behind).
 */
@Path("")
@RequestScoped
public class TrafficAdminResource {

    static final List<String> CSV_COLUMNS = List.of("time", "client_ip", "method", "path", "status", "duration_ms",
            "user_id", "error");

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

    /**
     * The traffic log as CSV, filtered as the dashboard's traffic page filters; paths and methods are
     * the clients' text, so every cell goes through the order log's formula-safe {@code cell}.
     */
    @GET
    @Path("traffic.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("status") String status, @QueryParam("method") String method,
            @QueryParam("path") String path, @QueryParam("ip") String ip, @QueryParam("from") String from,
            @QueryParam("until") String until) {
        TrafficLogQuery query;
        try {
            query = TrafficLogQuery.parse(status, method, path, ip, from, until);
        } catch (IllegalArgumentException bad) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(Jsonp.PROVIDER.createObjectBuilder()
                    .add("status", "error").add("message", bad.getMessage()).build()).build();
        }
        StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (TrafficLogEntry entry : traffic.newestFirst(query, 0, OrderLogAdminResource.MAX_CSV_ROWS)) {
            csv.append(Stream.of(entry.getLoggedAt().toString(), entry.getClientIp(), entry.getMethod(), entry.getPath(),
                    Integer.toString(entry.getStatus()), Long.toString(entry.getDurationMillis()),
                    entry.getUserId() == null ? "" : entry.getUserId().toString(), entry.getError())
                    .map(OrderLogAdminResource::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return Response.ok(csv.toString()).type("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"traffic.csv\"").build();
    }
}
