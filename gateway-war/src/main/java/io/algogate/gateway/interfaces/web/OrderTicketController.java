package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The order ticket: a form for one order, placed through the API's path ({@link DashboardOrderDesk}).
 * Other pages link to it prefilled ({@code ?symbol=SBIN&exchange=NSE&action=BUY}).
 */
@Path("ticket")
@Controller
@RequestScoped
public class OrderTicketController {

    /** What a fresh ticket shows: OpenAlgo's defaults for placeorder. */
    static final Map<String, String> DEFAULTS = Map.of("strategy", "dashboard", "exchange", "NSE", "action", "BUY",
            "quantity", "1", "pricetype", "MARKET", "product", "MIS", "price", "0", "trigger_price", "0",
            "disclosed_quantity", "0");

    @Inject
    SignedInUser signedIn;

    @Inject
    DashboardOrderDesk desk;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    UriInfo uri;

    @GET
    public Response show() {
        return signedIn.asUser(request, user -> page(prefilled(uri.getQueryParameters()), Map.of(), null, null, null,
                Response.Status.OK.getStatusCode()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response place(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> placed(user, form));
    }

    private Response placed(UserAccount user, MultivaluedMap<String, String> form) {
        OrderDeskOutcome outcome = desk.place(user.getId(), form);
        Map<String, String> typed = prefilled(form);
        if (outcome.succeeded()) {
            return page(typed, Map.of(), null, outcome.message(), outcome.orderId(), 200);
        }
        outcome.retryAfterOn(response);
        return page(typed, outcome.fieldErrors(), outcome.message(), null, null, outcome.status());
    }

    /** The defaults, overridden by whatever the query or the form names among the ticket's fields. */
    static Map<String, String> prefilled(MultivaluedMap<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        for (String field : OrderFormJson.PLACE_FIELDS) {
            String value = given.getFirst(field);
            if (value != null) {
                values.put(field, value.length() > 256 ? value.substring(0, 256) : value);
            }
        }
        return values;
    }

    private Response page(Map<String, String> values, Map<String, String> errors, String error, String notice,
            String orderId, int status) {
        models.put("form", new OrderFormView(values, errors, error, notice, orderId, null));
        return Response.status(status).entity("ticket.jsp").build();
    }
}
