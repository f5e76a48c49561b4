package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.ApiKeyService;
import io.algogate.gateway.application.PublicBaseUrl;
import io.algogate.gateway.application.TotpService;
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
 * The trader's API key: masked, shown whole only in the answer to its regeneration (never stored
 * readable for a later page; a two-factor code needed if the trader switched that on), with an
 * example call against this gateway's public address. The
 * password change lives on the profile page ({@link ProfileController}).
 */
@Path("account")
@Controller
@RequestScoped
public class AccountController {

    @Inject
    ApiKeyService apiKeys;

    @Inject
    PublicBaseUrl publicBaseUrl;

    @Inject
    TotpService totp;

    @Inject
    SignedInUser signedIn;

    @Inject
    Models models;

    @Inject
    SecurityEventLog events;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() {
        return signedIn.asUser(request, user -> page(user, null, null, null, Response.Status.OK));
    }

    /** Makes a new key; with the two-factor switch for it on, only with a current code. */
    @POST
    @Path("apikey")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response regenerate(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            if (totp.requiredFor(user.getId(), TotpService.Purpose.API_KEY)
                    && !totp.verify(user.getId(), form.getFirst("code"))) {
                events.record(SecurityEvent.Type.TOTP_FAILED, user.getUsername(), RequestContext.clientIp(request),
                        "new API key");
                return page(user, null, null, "That code is not valid: the key was not changed.",
                        Response.Status.BAD_REQUEST);
            }
            String newKey = apiKeys.regenerate(user.getId());
            events.record(SecurityEvent.Type.API_KEY_REGENERATED, user.getUsername(), RequestContext.clientIp(request));
            return page(user, newKey, "A new API key was made. The old one no longer works. Copy the new one now: "
                    + "it is shown only once.", null, Response.Status.OK);
        });
    }

    private Response page(UserAccount user, String newKey, String notice, String error, Response.Status status) {
        AccountView view = new AccountView(user.getUsername(), apiKeys.maskedKey(user.getId()).orElse(""), newKey,
                notice, publicBaseUrl.value());
        view.setError(error);
        view.setCodeRequired(totp.requiredFor(user.getId(), TotpService.Purpose.API_KEY));
        models.put("account", view);
        return Response.status(status).entity("account.jsp").build();
    }
}
