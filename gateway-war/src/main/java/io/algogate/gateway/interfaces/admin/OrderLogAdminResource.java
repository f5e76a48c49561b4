package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.domain.OrderLogEntry;
import io.algogate.gateway.domain.OrderLogQuery;
import io.algogate.gateway.domain.OrderLogRepository;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
 * The order log for the admin: a page as JSON, newest first, and the log as CSV, optionally filtered
 * as the dashboard's order log page filters ({@code endpoint}, {@code mode}, {@code date} in IST).
 */
@Path("")
@RequestScoped
public class OrderLogAdminResource {

    /** The CSV export's bound: a spreadsheet, not a backup. */
    static final int MAX_CSV_ROWS = 100_000;
    static final List<String> COLUMNS = List.of("time", "endpoint", "strategy", "user_id", "mode", "request",
            "response_status", "response");

    @Inject
    OrderLogRepository orderLog;

    @GET
    @Path("orderlog")
    @Produces("application/json")
    public Response page(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        AdminPage asked = AdminPage.of(page, size);
        int pageNumber = asked.number();
        int pageSize = asked.size();
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        for (OrderLogEntry entry : orderLog.newestFirst(pageNumber, pageSize)) {
            rows.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("id", entry.getId())
                    .add("time", entry.getLoggedAt().toString())
                    .add("endpoint", entry.getEndpoint())
                    .add("strategy", entry.getStrategy() == null ? "" : entry.getStrategy())
                    .add("user_id", entry.getUserId() == null ? -1 : entry.getUserId())
                    .add("mode", entry.getMode())
                    .add("request", entry.getRequestJson())
                    .add("response_status", entry.getResponseStatus())
                    .add("response", entry.getResponseJson()));
        }
        return Response.ok(Jsonp.PROVIDER.createObjectBuilder().add("page", pageNumber).add("size", pageSize)
                .add("total", orderLog.count()).add("entries", rows).build()).build();
    }

    @GET
    @Path("orderlog.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("endpoint") String endpoint, @QueryParam("mode") String mode,
            @QueryParam("date") String date) {
        OrderLogQuery query;
        try {
            query = OrderLogQuery.parse(endpoint, mode, date);
        } catch (IllegalArgumentException bad) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(Jsonp.PROVIDER.createObjectBuilder()
                    .add("status", "error").add("message", bad.getMessage()).build()).build();
        }
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (OrderLogEntry entry : orderLog.newestFirst(query, 0, MAX_CSV_ROWS)) {
            csv.append(Stream.of(entry.getLoggedAt().toString(), entry.getEndpoint(), entry.getStrategy(),
                    entry.getUserId() == null ? "" : entry.getUserId().toString(), entry.getMode(), entry.getRequestJson(),
                    Integer.toString(entry.getResponseStatus()), entry.getResponseJson())
                    .map(OrderLogAdminResource::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return Response.ok(csv.toString()).type("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"orderlog.csv\"").build();
    }

    /**
     * One CSV cell, quoted. A cell a spreadsheet would read as a formula (it starts with = + - @, or a
     * tab or carriage return) gets a leading apostrophe first: a strategy name is the client's text.
     */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
