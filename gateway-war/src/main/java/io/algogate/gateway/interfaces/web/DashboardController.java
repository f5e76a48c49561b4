package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.BrokerException;
import io.algogate.gateway.application.BrokerSessionService;
import io.algogate.gateway.application.OrderService;
import io.algogate.gateway.domain.UserAccount;
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
import java.util.Optional;

/** The trader's dashboard: the connected broker and the day's orders. */
@Path("dashboard")
@Controller
@RequestScoped
public class DashboardController {

    @Inject
    SignedInUser signedIn;

    @Inject
    OrderService orders;

    @Inject
    BrokerSessionService brokerSessions;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() {
        Optional<UserAccount> user = signedIn.of(request);
        if (user.isEmpty()) {
            return signedIn.toLogin(request);
        }
        long userId = user.get().getId();
        boolean connected = brokerSessions.isLive(userId);
        List<OrderRow> rows = List.of();
        String brokerMessage = "";
        if (connected) {
            try {
                rows = orders.orderBook(userId).stream().map(OrderRow::new).toList();
            } catch (BrokerException e) {
                // The page still serves: the trader sees why the orders are missing, not an error page.
                brokerMessage = "The broker did not give the order book: " + e.getMessage();
            }
        }
        models.put("dashboard", new DashboardView(user.get().getUsername(), orders.brokerId(), orders.brokerName(),
                rows, connected, brokerMessage));
        return Response.ok("dashboard.jsp").build();
    }
}
