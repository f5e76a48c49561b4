package io.algogate.gateway.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** The trader's home: broker connection, funds and P&amp;L, the analyzer switch, today's orders. */
@Path("dashboard")
@Controller
@RequestScoped
public class DashboardController {

    @Inject
    SignedInUser signedIn;

    @Inject
    DashboardPage dashboard;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() {
        return signedIn.asUser(request, user -> {
            models.put("dashboard", dashboard.of(user, ""));
            return Response.ok("dashboard.jsp").build();
        });
    }
}
