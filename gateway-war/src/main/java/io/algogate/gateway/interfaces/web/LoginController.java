package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.AccountService;
import io.algogate.gateway.application.PendingSecondFactor;
import io.algogate.gateway.application.TotpService;
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
import jakarta.ws.rs.core.NewCookie;
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

    @Inject
    TotpService totp;

    @Inject
    PendingSecondFactor secondFactor;

    static final String PENDING_COOKIE = "algogate_2fa";

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
        long userId = user.get().getId();
        if (totp.requiredFor(userId, TotpService.Purpose.LOGIN)) {
            return Response.status(Response.Status.SEE_OTHER)
                    .header("Location", request.getContextPath() + "/app/login/totp")
                    .cookie(pendingCookie(secondFactor.begin(userId), (int) PendingSecondFactor.WINDOW.toSeconds()))
                    .build();
        }
        return completeLogin(userId);
    }

    @GET
    @Path("login/totp")
    public Response totpForm() {
        if (secondFactor.userOf(pendingToken()).isEmpty()) {
            return DashboardSession.redirect(request, "login");
        }
        models.put("login", new LoginView("", null, null));
        return Response.ok("login-totp.jsp").build();
    }

    /** The second step: the code of the user whose password was right within the last five minutes. */
    @POST
    @Path("login/totp")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response totpSubmit(MultivaluedMap<String, String> form) {
        String token = pendingToken();
        Optional<Long> userId = secondFactor.userOf(token);
        if (userId.isEmpty()) {
            return DashboardSession.redirect(request, "login");
        }
        if (!totp.verify(userId.get(), form.getFirst("code"))) {
            accounts.recordSecondFactorFailure(userId.get(), RequestContext.clientIp(request));
            models.put("login", new LoginView("", "Invalid credentials", null));
            return Response.status(Response.Status.UNAUTHORIZED).entity("login-totp.jsp").build();
        }
        secondFactor.finish(token);
        Response done = completeLogin(userId.get());
        return Response.fromResponse(done).cookie(pendingCookie("", 0)).build();
    }

    private Response completeLogin(long userId) {
        accounts.completeLogin(userId);
        DashboardSession.logIn(request, userId, clock.instant(), activeSessions);
        return DashboardSession.redirect(request, "dashboard");
    }

    private String pendingToken() {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                if (PENDING_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** HttpOnly, SameSite=Strict, only sent to the login page, gone after five minutes. */
    private NewCookie pendingCookie(String value, int maxAge) {
        return new NewCookie.Builder(PENDING_COOKIE).value(value).path(request.getContextPath() + "/app/login")
                .maxAge(maxAge).httpOnly(true).secure(request.isSecure()).sameSite(NewCookie.SameSite.STRICT).build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        DashboardSession.logOut(request, activeSessions);
        return DashboardSession.redirect(request, "login");
    }
}
