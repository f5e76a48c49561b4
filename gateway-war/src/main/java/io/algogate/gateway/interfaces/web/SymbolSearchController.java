package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.InstrumentMasterService;
import io.algogate.gateway.interfaces.rest.OpenAlgoEnums;
import io.algogate.gateway.interfaces.rest.SymbolsResource;
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
 * Symbol search over the host's instrument master, the service and limits of the API's {@code search}
 * (text up to 64 characters, an optional exchange, at most {@value SymbolsResource#SEARCH_LIMIT} rows),
 * each row linking to the order ticket. A GET form: a search is a link one can keep.
 */
@Path("search")
@Controller
@RequestScoped
public class SymbolSearchController {

    static final int MAX_QUERY = 64;

    @Inject
    SignedInUser signedIn;

    @Inject
    InstrumentMasterService master;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response search(@QueryParam("query") String query, @QueryParam("exchange") String exchange) {
        return signedIn.asUser(request, user -> page(query == null ? "" : query.trim(),
                exchange == null || exchange.isEmpty() ? null : exchange));
    }

    private Response page(String query, String exchange) {
        String error = query.length() > MAX_QUERY ? "The search text is at most " + MAX_QUERY + " characters."
                : exchange != null && !OpenAlgoEnums.EXCHANGES.contains(exchange)
                        ? "The exchange must be one of: " + String.join(", ", OpenAlgoEnums.EXCHANGES) + "." : "";
        if (!error.isEmpty()) {
            models.put("search", new SearchView(query, exchange, OpenAlgoEnums.EXCHANGES, List.of(), false, false, error));
            return Response.status(Response.Status.BAD_REQUEST).entity("search.jsp").build();
        }
        List<SearchRow> rows = query.isEmpty() ? List.of()
                : master.search(query, exchange, SymbolsResource.SEARCH_LIMIT).stream()
                        .map(listed -> new SearchRow(listed.instrument())).toList();
        models.put("search", new SearchView(query, exchange, OpenAlgoEnums.EXCHANGES, rows, !query.isEmpty(),
                rows.size() >= SymbolsResource.SEARCH_LIMIT, ""));
        return Response.ok("search.jsp").build();
    }
}
