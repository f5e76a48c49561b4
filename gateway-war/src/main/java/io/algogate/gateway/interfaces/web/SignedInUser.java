package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.AccountService;
import io.algogate.gateway.application.ActiveSessionRegistry;
import io.algogate.gateway.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Who is logged in to the dashboard: the one check every signed-in page makes. */
@ApplicationScoped
public class SignedInUser {

    static final String LOOKED_UP_ATTRIBUTE = SignedInUser.class.getName() + ".user";

    @Inject
    AccountService accounts;

    @Inject
    ActiveSessionRegistry activeSessions;

    @Inject
    Clock clock;

    /**
     * The user of a live dashboard session. A session ended elsewhere (evicted, or by a password
     * change) is logged out here, so it cannot be used again.
     */
    @SuppressWarnings("unchecked")
    public Optional<UserAccount> of(HttpServletRequest request) {
        // A page asks twice (its controller, then its frame): one session and database look-up per request.
        Object known = request.getAttribute(LOOKED_UP_ATTRIBUTE);
        if (known != null) {
            return (Optional<UserAccount>) known;
        }
        Optional<UserAccount> user = DashboardSession.activeUserId(request, activeSessions, clock.instant())
                .flatMap(accounts::findUser);
        if (user.isEmpty()) {
            DashboardSession.logOut(request, activeSessions);
        }
        request.setAttribute(LOOKED_UP_ATTRIBUTE, user);
        return user;
    }

    /** The signed-in user's page; a request without a live session is sent to the login page. */
    public Response asUser(HttpServletRequest request, Function<UserAccount, Response> page) {
        return of(request).map(page).orElseGet(() -> toLogin(request));
    }

    /**
     * The admin's page; anyone else is sent to the login page (D1: the one user is the admin, so a
     * signed-in non-admin cannot exist today and needs no page of its own).
     */
    public Response asAdmin(HttpServletRequest request, Function<UserAccount, Response> page) {
        return of(request).filter(UserAccount::isAdmin).map(page).orElseGet(() -> toLogin(request));
    }

    /** Where a request without a live session goes. */
    public Response toLogin(HttpServletRequest request) {
        return DashboardSession.redirect(request, "login");
    }
}
