package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.AccountService;
import io.algogate.gateway.application.InvalidInputException;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** First-run setup: open only while no user exists; creates the admin and shows the API key once. */
@Path("setup")
@Controller
@RequestScoped
public class SetupController {

    @Inject
    AccountService accounts;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response form() {
        if (!accounts.setupOpen()) {
            return DashboardSession.redirect(request, "login");
        }
        models.put("form", new SetupForm("", ""));
        return Response.ok("setup.jsp").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> form) {
        if (!accounts.setupOpen()) {
            return DashboardSession.redirect(request, "login");
        }
        String username = trimmed(form.getFirst("username"));
        String email = trimmed(form.getFirst("email"));
        try {
            AccountService.SetupResult result = accounts.setUp(username, email, form.getFirst("password"),
                    RequestContext.clientIp(request));
            models.put("done", new SetupDoneView(result.username(), result.apiKey()));
            return Response.ok("setup-done.jsp").build();
        } catch (InvalidInputException e) {
            SetupForm view = new SetupForm(username, email);
            view.setErrors(e.fieldErrors());
            models.put("form", view);
            return Response.status(Response.Status.BAD_REQUEST).entity("setup.jsp").build();
        } catch (AccountService.SetupClosedException e) {
            return DashboardSession.redirect(request, "login");
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
