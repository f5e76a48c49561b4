package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.application.AccountService;
import io.algogate.gateway.application.ActiveSessionRegistry;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.RequestContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Only a logged-in admin reaches the admin resources (401 otherwise), and a change needs the
 * {@code X-XSRF-TOKEN} header equal to the {@code XSRF-TOKEN} cookie (403 otherwise): a page of ours
 * can read neither from another site, so no other site can make a logged-in admin ban or unban.
 */
@Provider
public class AdminGuard implements ContainerRequestFilter {

    static final String CSRF_COOKIE = "XSRF-TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    private static final String ADMIN_ATTRIBUTE = AdminGuard.class.getName() + ".admin";

    @Context
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    @Inject
    ActiveSessionRegistry activeSessions;

    @Override
    public void filter(ContainerRequestContext context) {
        Optional<UserAccount> admin = sessionUser().flatMap(accounts::findUser).filter(UserAccount::isAdmin);
        if (admin.isEmpty()) {
            context.abortWith(error(Response.Status.UNAUTHORIZED, "Log in to the dashboard as the admin first"));
            return;
        }
        String method = context.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD") && !csrfHeaderMatchesCookie(context)) {
            context.abortWith(error(Response.Status.FORBIDDEN, "Missing or wrong " + CSRF_HEADER + " header"));
            return;
        }
        request.setAttribute(ADMIN_ATTRIBUTE, admin.get());
    }

    /** The admin this guard let through, for resources that record who acted. */
    static UserAccount admin(HttpServletRequest request) {
        return (UserAccount) request.getAttribute(ADMIN_ATTRIBUTE);
    }

    private Optional<Long> sessionUser() {
        HttpSession session = request.getSession(false);
        // A session the registry ended (password change, eviction) no longer counts, as on the dashboard.
        if (session == null || !activeSessions.isRegistered(session.getId())) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.getAttribute(RequestContext.SESSION_USER_ATTRIBUTE)).map(Long.class::cast);
    }

    private boolean csrfHeaderMatchesCookie(ContainerRequestContext context) {
        String header = context.getHeaderString(CSRF_HEADER);
        Cookie[] cookies = request.getCookies();
        if (header == null || header.isBlank() || cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (CSRF_COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
                return MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                        header.getBytes(StandardCharsets.UTF_8));
            }
        }
        return false;
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("message", message).build()).build();
    }
}
