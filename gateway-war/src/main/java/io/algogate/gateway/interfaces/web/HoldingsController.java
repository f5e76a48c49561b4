package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Holding;
import io.algogate.gateway.application.OrderService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The holdings (delivery positions) with their totals, as the API's {@code holdings} gives them. */
@Path("holdings")
@Controller
@RequestScoped
public class HoldingsController {

    @Inject
    SignedInUser signedIn;

    @Inject
    OrderService orders;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() {
        return signedIn.asUser(request, user -> {
            List<Holding> holdings = List.of();
            String error = "";
            try {
                holdings = orders.holdings(user.getId());
            } catch (BrokerException e) {
                error = "The broker did not give the holdings: " + e.getMessage();
            }
            models.put("holdings", new HoldingsView(holdings, error));
            return Response.ok("holdings.jsp").build();
        });
    }
}
