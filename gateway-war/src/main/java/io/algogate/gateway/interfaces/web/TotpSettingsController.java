package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.InvalidInputException;
import io.algogate.gateway.application.TotpService;
import io.algogate.gateway.application.TotpStatus;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * Two-factor set-up for the logged-in trader: begin (secret and QR code, shown once), confirm with a
 * current code, choose where it is required (login, password reset, a new API key; a code needed), or turn it off
 * (a code needed).
 */
@Path("profile/totp")
@Controller
@RequestScoped
public class TotpSettingsController {

    @Inject
    SecurityEventLog events;

    @Inject
    TotpService totp;

    @Inject
    SignedInUser signedIn;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() {
        return signedIn.asUser(request, user -> page(user, null, null, Response.Status.OK));
    }

    @POST
    @Path("begin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response begin(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            try {
                TotpService.Enrollment enrollment = totp.beginEnrollment(user.getId(), user.getEmail());
                TotpSettingsView view = view(user, null, null);
                view.setEnrollment(enrollment.secret(), enrollment.otpauthUri(), enrollment.qrCodeDataUri());
                models.put("totp", view);
                return Response.ok("totp-settings.jsp").build();
            } catch (IllegalStateException alreadyOn) {
                return page(user, null, "Two-factor is already on: turn it off first", Response.Status.CONFLICT);
            }
        });
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            if (totp.confirmEnrollment(user.getId(), form.getFirst("code"))) {
                audit(user, SecurityEvent.Type.SETTINGS_CHANGED, "two-factor turned on");
                return page(user, "Two-factor is on.", null, Response.Status.OK);
            }
            audit(user, SecurityEvent.Type.TOTP_FAILED, "two-factor set-up");
            return page(user, null, "That code is not valid: set up again and try a fresh code",
                    Response.Status.BAD_REQUEST);
        });
    }

    @POST
    @Path("purposes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response purposes(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            try {
                boolean login = form.containsKey("login");
                boolean reset = form.containsKey("reset");
                boolean apiKey = form.containsKey("apikey");
                totp.setPurposes(user.getId(), login, reset, apiKey, form.getFirst("code"));
                audit(user, SecurityEvent.Type.SETTINGS_CHANGED, purposesDetail(login, reset, apiKey));
                return page(user, "Saved.", null, Response.Status.OK);
            } catch (InvalidInputException e) {
                audit(user, SecurityEvent.Type.TOTP_FAILED, "two-factor settings");
                return page(user, null, "That code is not valid", Response.Status.BAD_REQUEST);
            }
        });
    }

    @POST
    @Path("disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            try {
                totp.disable(user.getId(), form.getFirst("code"));
                audit(user, SecurityEvent.Type.SETTINGS_CHANGED, "two-factor turned off");
                return page(user, "Two-factor is off.", null, Response.Status.OK);
            } catch (InvalidInputException e) {
                audit(user, SecurityEvent.Type.TOTP_FAILED, "turning two-factor off");
                return page(user, null, "That code is not valid", Response.Status.BAD_REQUEST);
            }
        });
    }

    /** The audit trail's line for a change of the switches, the same from this page and the profile. */
    static String purposesDetail(boolean login, boolean reset, boolean apiKey) {
        return "two-factor required for login: " + login + ", for password reset: " + reset
                + ", for a new API key: " + apiKey;
    }

    private void audit(UserAccount user, SecurityEvent.Type type, String detail) {
        events.record(type, user.getUsername(), RequestContext.clientIp(request), detail);
    }

    private Response page(UserAccount user, String notice, String error, Response.Status status) {
        models.put("totp", view(user, notice, error));
        return Response.status(status).entity("totp-settings.jsp").build();
    }

    private TotpSettingsView view(UserAccount user, String notice, String error) {
        TotpStatus status = totp.status(user.getId()).orElse(TotpStatus.OFF);
        return new TotpSettingsView(status, notice, error);
    }
}
