package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The dashboard's analyzer switch: {@code mode=on} sends orders to the sandbox, {@code mode=off} back
 * to the broker (OpenAlgo's analyze mode, {@link AnalyzerService}). Recorded as a security event, as
 * the API's {@code analyzer/toggle} records it.
 */
@Path("analyzer")
@Controller
@RequestScoped
public class AnalyzerController {

    @Inject
    SignedInUser signedIn;

    @Inject
    AnalyzerService analyzer;

    @Inject
    SecurityEventLog events;

    @Inject
    DashboardPage dashboard;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response switchMode(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> switchMode(user, form.getFirst("mode")));
    }

    private Response switchMode(UserAccount user, String mode) {
        if (!"on".equals(mode) && !"off".equals(mode)) {
            models.put("dashboard", dashboard.of(user, "The analyzer switch takes on or off."));
            return Response.status(Response.Status.BAD_REQUEST).entity("dashboard.jsp").build();
        }
        analyzer.switchTo("on".equals(mode));
        events.record(SecurityEvent.Type.SETTINGS_CHANGED, user.getUsername(), RequestContext.clientIp(request),
                "analyzer mode set to " + analyzer.modeName() + " from the dashboard");
        return DashboardSession.redirect(request, "dashboard#analyzer");
    }
}
