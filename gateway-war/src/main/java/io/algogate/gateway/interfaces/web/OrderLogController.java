package io.algogate.gateway.interfaces.web;

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

    static final int PAGE_SIZE = 50;
    /** Beyond this a page number is a typo, not a request: 10,000 pages of 50. */
    static final int MAX_PAGE = 9_999;

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
            pageNumber = pageNumber(page);
        } catch (IllegalArgumentException bad) {
            models.put("orderlog", OrderLogView.refused(endpoint, mode, date, bad.getMessage()));
            return Response.status(Response.Status.BAD_REQUEST).entity("orderlog.jsp").build();
        }
        // One more than a page tells whether there is a next one without counting the whole log.
        List<OrderLogRow> rows = orderLog.newestFirst(query, pageNumber, PAGE_SIZE + 1).stream()
                .map(OrderLogRow::new).toList();
        boolean hasNext = rows.size() > PAGE_SIZE;
        models.put("orderlog", new OrderLogView(query, pageNumber, hasNext ? rows.subList(0, PAGE_SIZE) : rows,
                hasNext && pageNumber < MAX_PAGE));
        return Response.ok("orderlog.jsp").build();
    }

    static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            int number = Integer.parseInt(page.trim());
            if (number >= 0 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // The message below says what is wanted.
        }
        throw new IllegalArgumentException("The page must be a whole number from 0 to " + MAX_PAGE + ".");
    }
}
