package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.AccountService;
import io.algogate.gateway.application.ActiveSessionRegistry;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.infrastructure.crypto.VerificationBusyException;
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
import java.time.Clock;
import java.util.Optional;

/** Password login and logout. Any failure reads "Invalid credentials", whatever failed. */
@Path("")
@Controller
@RequestScoped
public class LoginController {

    @Inject
    AccountService accounts;

    @Inject
    ActiveSessionRegistry activeSessions;

    @Inject
    Models models;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @GET
    @Path("login")
    public Response form() {
        if (accounts.setupOpen()) {
            return DashboardSession.redirect(request, "setup");
        }
        if (DashboardSession.activeUserId(request, activeSessions, clock.instant()).isPresent()) {
            return DashboardSession.redirect(request, "dashboard");
        }
        models.put("login", new LoginView("", null, notice()));
        return Response.ok("login.jsp").build();
    }

    /** A notice for a user sent here by the daily cut-off or a completed password reset. */
    private String notice() {
        if (request.getParameter("expired") != null) {
            return "Your session ended at the daily cut-off. Log in again.";
        }
        if (request.getParameter("reset") != null) {
            return "Your password was changed. Log in with the new one.";
        }
        return null;
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> form) {
        String username = form.getFirst("username");
        Optional<UserAccount> user;
        try {
            user = accounts.authenticate(username, form.getFirst("password"), RequestContext.clientIp(request));
        } catch (VerificationBusyException busy) {
            // Too many logins or key checks at once: say so, rather than queue behind them.
            models.put("login", new LoginView(username == null ? "" : username,
                    "The server is busy. Try again in a few seconds.", null));
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", busy.retryAfterSeconds()).entity("login.jsp").build();
        }
        if (user.isEmpty()) {
            models.put("login", new LoginView(username == null ? "" : username, "Invalid credentials", null));
            return Response.status(Response.Status.UNAUTHORIZED).entity("login.jsp").build();
        }
        DashboardSession.logIn(request, user.get().getId(), clock.instant(), activeSessions);
        return DashboardSession.redirect(request, "dashboard");
    }

    @POST
    @Path("logout")
    public Response logout() {
        DashboardSession.logOut(request, activeSessions);
        return DashboardSession.redirect(request, "login");
    }
}
