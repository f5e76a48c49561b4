package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.OrderLogEntry;
import io.algogate.gateway.domain.OrderLogQuery;
import io.algogate.gateway.domain.OrderLogRepository;
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
import java.util.List;

/**
 * The order log for the admin: every order request and the gateway's answer, newest first, 50 to a
 * page, filtered by endpoint, mode and day (IST). The filters are query parameters, read as text so a
 * bad one gets the page with a message rather than the container's error.
 */
@Path("orderlog")
@Controller
@RequestScoped
public class OrderLogController {

    @Inject
    OrderLogRepository orderLog;

    @Inject
    SignedInUser signedIn;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show(@QueryParam("endpoint") String endpoint, @QueryParam("mode") String mode,
            @QueryParam("date") String date, @QueryParam("page") String page) {
        return signedIn.asAdmin(request, admin -> page(endpoint, mode, date, page));
    }

    private Response page(String endpoint, String mode, String date, String page) {
        OrderLogQuery query;
        int pageNumber;
        try {
            query = OrderLogQuery.parse(endpoint, mode, date);
            pageNumber = LogPages.pageNumber(page);
        } catch (IllegalArgumentException bad) {
            models.put("orderlog", OrderLogView.refused(endpoint, mode, date, bad.getMessage()));
            return Response.status(Response.Status.BAD_REQUEST).entity("orderlog.jsp").build();
        }
        LogPages.Page<OrderLogEntry> shown = LogPages.read(pageNumber,
                (number, size) -> orderLog.newestFirst(query, number, size));
        models.put("orderlog", new OrderLogView(query, pageNumber,
                shown.rows().stream().map(OrderLogRow::new).toList(), shown.hasNext()));
        return Response.ok("orderlog.jsp").build();
    }
}
