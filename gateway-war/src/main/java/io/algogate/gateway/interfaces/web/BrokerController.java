package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.FormFields;
import io.algogate.broker.spi.LoginMethod;
import io.algogate.broker.spi.OAuthRedirect;
import io.algogate.gateway.application.BrokerLoginService;
import io.algogate.gateway.application.BrokerSessionService;
import io.algogate.gateway.domain.BrokerSessionRecord;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The broker login, OpenAlgo's {@code /broker} page and {@code /<broker>/callback}: the state of the
 * session, then the redirect to the broker and its callback, or the form the plugin describes. The
 * callback and the form post are rate limited as logins (route class LOGIN).
 */
@Path("broker")
@Controller
@RequestScoped
public class BrokerController {

    /** The state issued to this browser session for its broker login in progress. */
    static final String STATE_ATTRIBUTE = "algogate.broker.login-state";

    @Inject
    SignedInUser signedIn;

    @Inject
    BrokerPluginHost brokers;

    @Inject
    BrokerLoginService logins;

    @Inject
    BrokerSessionService sessions;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    public Response show() {
        return signedIn.asUser(request, user -> page(user, "1".equals(uri.getQueryParameters().getFirst("connected"))
                ? "Logged in to " + brokers.activePlugin().displayName() + "." : null, null, Response.Status.OK));
    }

    /** Starts a redirect login: a new state for this browser session, then off to the broker. */
    @GET
    @Path("login")
    public Response redirectToBroker() {
        return signedIn.asUser(request, user -> {
            String state = BrokerLoginService.newState();
            Optional<LoginMethod> method = logins.loginMethod(state);
            if (method.isEmpty() || !(method.get() instanceof OAuthRedirect redirect)) {
                return DashboardSession.redirect(request, "broker");
            }
            request.getSession().setAttribute(STATE_ATTRIBUTE, state);
            return Response.seeOther(URI.create(redirect.authorizeUrl())).build();
        });
    }

    /** Where the broker sends the user back after a redirect login. */
    @GET
    @Path("callback")
    public Response oauthCallback() {
        return signedIn.asUser(request, user -> {
            Map<String, String> params = new HashMap<>();
            uri.getQueryParameters().forEach((name, values) -> params.put(name, values.get(0)));
            HttpSession session = request.getSession(false);
            String issued = session == null ? null : (String) session.getAttribute(STATE_ATTRIBUTE);
            if (session != null) {
                // One state, one callback: a replayed callback URL starts nothing.
                session.removeAttribute(STATE_ATTRIBUTE);
            }
            return complete(user, () -> logins.completeOAuth(user, params, issued, RequestContext.clientIp(request)));
        });
    }

    /** A form login: the fields the plugin described, posted with the page's CSRF token. */
    @POST
    @Path("callback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response formLogin(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            Map<String, String> submitted = new HashMap<>();
            form.forEach((name, values) -> submitted.put(name, values.get(0)));
            return complete(user, () -> logins.completeForm(user, submitted, RequestContext.clientIp(request)));
        });
    }

    /** A call that completes a login. */
    @FunctionalInterface
    private interface Completion {
        void run() throws BrokerException;
    }

    private Response complete(UserAccount user, Completion completion) {
        try {
            completion.run();
            return DashboardSession.redirect(request, "broker?connected=1");
        } catch (BrokerException e) {
            Response.Status status = e.reason() == BrokerException.Reason.UNAVAILABLE
                    ? Response.Status.BAD_GATEWAY : Response.Status.UNAUTHORIZED;
            return page(user, null, "Broker login failed: " + e.getMessage(), status);
        }
    }

    private Response page(UserAccount user, String notice, String error, Response.Status status) {
        Optional<BrokerSessionRecord> session = sessions.isLive(user.getId()) ? sessions.record(user.getId())
                : Optional.empty();
        Optional<LoginMethod> method = brokers.activeLogin().map(login -> login.loginMethod());
        List<BrokerView.Field> fields = method.filter(FormFields.class::isInstance).map(FormFields.class::cast)
                .map(form -> form.fields().stream().map(BrokerView.Field::new).toList()).orElse(List.of());
        String kind = method.isEmpty() ? "none" : method.get() instanceof OAuthRedirect ? "redirect" : "form";
        models.put("broker", new BrokerView(brokers.activePlugin().displayName(), kind, session.orElse(null),
                fields, notice, error));
        return Response.status(status).entity("broker.jsp").build();
    }
}
