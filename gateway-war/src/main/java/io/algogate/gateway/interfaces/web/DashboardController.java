package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.BrokerException;
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
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() throws BrokerException {
        Optional<UserAccount> user = signedIn.of(request);
        if (user.isEmpty()) {
            return signedIn.toLogin(request);
        }
        models.put("dashboard", new DashboardView(user.get().getUsername(), orders.brokerId(),
                orders.brokerName(), orders.orderBook(user.get().getId()).stream().map(OrderRow::new).toList()));
        return Response.ok("dashboard.jsp").build();
    }
}
