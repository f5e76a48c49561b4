package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.TrafficLogEntry;
import io.algogate.gateway.domain.TrafficLogQuery;
import io.algogate.gateway.domain.TrafficLogRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traffic log for the admin: filtered by status class, method, a part of the path, client address
 * and time range (IST), 50 lines to a page, newest first, with the busiest paths' figures and a chart
 * of requests over time. The CSV export is the admin API's {@code traffic.csv} with the same filters.
 */
@Path("admin/traffic")
@Controller
@RequestScoped
public class AdminTrafficController {

    /** The figures and the chart read at most this many matching requests, newest first: a page, not a scan. */
    static final int SAMPLE_SIZE = 5_000;
    static final int STATS_PATHS = 20;

    @Inject
    TrafficLogRepository traffic;

    @Inject
    SignedInUser signedIn;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show(@QueryParam("status") String status, @QueryParam("method") String method,
            @QueryParam("path") String path, @QueryParam("ip") String ip, @QueryParam("from") String from,
            @QueryParam("until") String until, @QueryParam("page") String page) {
        Map<String, String> typed = new LinkedHashMap<>();
        List<String> values = Arrays.asList(status, method, path, ip, from, until);
        for (int i = 0; i < TrafficView.FILTERS.size(); i++) {
            typed.put(TrafficView.FILTERS.get(i), values.get(i) == null ? "" : values.get(i));
        }
        return signedIn.asAdmin(request, admin -> page(typed, page));
    }

    private Response page(Map<String, String> typed, String page) {
        TrafficLogQuery query;
        int pageNumber;
        try {
            query = TrafficLogQuery.parse(typed.get("status"), typed.get("method"), typed.get("path"), typed.get("ip"),
                    typed.get("from"), typed.get("until"));
            pageNumber = LogPages.pageNumber(page);
        } catch (IllegalArgumentException bad) {
            models.put("traffic", TrafficView.refused(typed, bad.getMessage()));
            return Response.status(Response.Status.BAD_REQUEST).entity("admin-traffic.jsp").build();
        }
        LogPages.Page<TrafficLogEntry> shown = LogPages.read(pageNumber,
                (number, size) -> traffic.newestFirst(query, number, size));
        List<TrafficLogEntry> sample = traffic.newestFirst(query, 0, SAMPLE_SIZE);
        models.put("traffic", new TrafficView(typed, pageNumber, shown.rows().stream().map(TrafficRow::new).toList(),
                shown.hasNext(), EndpointStats.busiest(sample, STATS_PATHS),
                new TrafficChart(sample, query.from(), query.until()), null));
        return Response.ok("admin-traffic.jsp").build();
    }
}
