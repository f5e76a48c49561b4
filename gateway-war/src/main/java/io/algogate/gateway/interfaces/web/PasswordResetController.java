package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.InvalidInputException;
import io.algogate.gateway.application.PasswordResetService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Password reset by e-mail: ask for a link (the same answer for every address), then choose a new
 * password through the link. Rate limited as the {@code reset} route class (15 per hour).
 */
@Path("reset-password")
@Controller
@RequestScoped
public class PasswordResetController {

    @Inject
    PasswordResetService resets;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public String form() {
        return "reset-request.jsp";
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String requestLink(MultivaluedMap<String, String> form) {
        resets.requestByEmail(form.getFirst("email"), RequestContext.clientIp(request));
        return "reset-sent.jsp";
    }

    @GET
    @Path("confirm")
    public Response confirmForm(@QueryParam("token") String token) {
        if (!resets.isRedeemable(token)) {
            return Response.status(Response.Status.BAD_REQUEST).entity("reset-invalid.jsp").build();
        }
        models.put("reset", new ResetView(token, null));
        return Response.ok("reset-confirm.jsp").build();
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(MultivaluedMap<String, String> form) {
        String token = form.getFirst("token");
        try {
            Optional<Long> user = resets.redeem(token, form.getFirst("password"), RequestContext.clientIp(request));
            if (user.isEmpty()) {
                return Response.status(Response.Status.BAD_REQUEST).entity("reset-invalid.jsp").build();
            }
            return Response.status(Response.Status.SEE_OTHER)
                    .header("Location", request.getContextPath() + "/app/login?reset=1").build();
        } catch (InvalidInputException e) {
            models.put("reset", new ResetView(token, e.fieldErrors().get("password")));
            return Response.status(Response.Status.BAD_REQUEST).entity("reset-confirm.jsp").build();
        }
    }

    @GET
    @Path("totp")
    public String totpForm() {
        return "reset-totp.jsp";
    }

    @POST
    @Path("totp")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetWithTotp(MultivaluedMap<String, String> form) {
        try {
            Optional<Long> user = resets.resetWithTotp(form.getFirst("email"), form.getFirst("code"),
                    form.getFirst("password"), RequestContext.clientIp(request));
            if (user.isPresent()) {
                return Response.status(Response.Status.SEE_OTHER)
                        .header("Location", request.getContextPath() + "/app/login?reset=1").build();
            }
            models.put("reset", new ResetView(null, "That address and code do not match"));
        } catch (InvalidInputException e) {
            models.put("reset", new ResetView(null, e.fieldErrors().get("password")));
        }
        return Response.status(Response.Status.BAD_REQUEST).entity("reset-totp.jsp").build();
    }

    /** The confirm page's view model. */
    public static class ResetView {
        private final String token;
        private final String error;

        public ResetView(String token, String error) {
            this.token = token;
            this.error = error;
        }

        public String getToken() {
            return token;
        }

        public String getError() {
            return error;
        }
    }
}
