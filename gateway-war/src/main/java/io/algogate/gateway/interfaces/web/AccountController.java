package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.AccountService;
import io.algogate.gateway.application.ApiKeyService;
import io.algogate.gateway.application.InvalidInputException;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.infrastructure.crypto.VerificationBusyException;
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
import java.util.function.Function;

/**
 * The trader's account: the API key (masked; shown whole only right after it is regenerated) and the
 * password change (which ends the user's other sessions).
 */
@Path("account")
@Controller
@RequestScoped
public class AccountController {

    @Inject
    AccountService accounts;

    @Inject
    ApiKeyService apiKeys;

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
        return withUser(user -> page(user, null, null, null, Response.Status.OK));
    }

    @POST
    @Path("apikey")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response regenerate(MultivaluedMap<String, String> form) {
        return withUser(user -> {
            String newKey = apiKeys.regenerate(user.getId());
            events.record(SecurityEvent.Type.API_KEY_REGENERATED, user.getUsername(), RequestContext.clientIp(request));
            return page(user, newKey, "A new API key was made. The old one no longer works. Copy the new one now: "
                    + "it is shown only once.", null, Response.Status.OK);
        });
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(MultivaluedMap<String, String> form) {
        return withUser(user -> {
            try {
                accounts.changePassword(user.getId(), form.getFirst("current"), form.getFirst("password"),
                        request.getSession(false).getId());
                return page(user, null, "Password changed. Your other sessions were ended.", null, Response.Status.OK);
            } catch (InvalidInputException e) {
                return page(user, null, null, String.join(" ", e.fieldErrors().values()), Response.Status.BAD_REQUEST);
            } catch (VerificationBusyException busy) {
                return Response.fromResponse(page(user, null, null, "The server is busy. Try again in a few seconds.",
                        Response.Status.SERVICE_UNAVAILABLE)).header("Retry-After", busy.retryAfterSeconds()).build();
            }
        });
    }

    private Response withUser(Function<UserAccount, Response> action) {
        return signedIn.of(request).map(action).orElseGet(() -> signedIn.toLogin(request));
    }

    private Response page(UserAccount user, String newKey, String notice, String error, Response.Status status) {
        models.put("account", new AccountView(user.getUsername(), apiKeys.maskedKey(user.getId()).orElse(""), newKey,
                notice, error));
        return Response.status(status).entity("account.jsp").build();
    }

    /** The account page's view model. */
    public static class AccountView {
        private final String username;
        private final String maskedKey;
        private final String newKey;
        private final String notice;
        private final String error;

        public AccountView(String username, String maskedKey, String newKey, String notice, String error) {
            this.username = username;
            this.maskedKey = maskedKey;
            this.newKey = newKey;
            this.notice = notice;
            this.error = error;
        }

        public String getUsername() {
            return username;
        }

        public String getMaskedKey() {
            return maskedKey;
        }

        public String getNewKey() {
            return newKey;
        }

        public String getNotice() {
            return notice;
        }

        public String getError() {
            return error;
        }
    }
}
