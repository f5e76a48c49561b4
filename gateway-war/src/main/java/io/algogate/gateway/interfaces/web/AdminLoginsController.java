package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Login activity for the admin: every login, failed login, wrong 2FA code and logout from the audit
 * trail, newest first, a page at a time. Usernames are as typed, so a failed guess shows what was tried.
 * The trail records no User-Agent for these events; the sessions page shows each live session's.
 */
@Path("admin/logins")
@Controller
@RequestScoped
public class AdminLoginsController {

    static final Set<SecurityEvent.Type> LOGIN_EVENTS = EnumSet.of(SecurityEvent.Type.LOGIN_SUCCEEDED,
            SecurityEvent.Type.LOGIN_FAILED, SecurityEvent.Type.TOTP_FAILED, SecurityEvent.Type.LOGOUT);

    @Inject
    SecurityEventLog events;

    @Inject
    SignedInUser signedIn;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show(@QueryParam("page") String page) {
        return signedIn.asAdmin(request, admin -> {
            int pageNumber;
            try {
                pageNumber = LogPages.pageNumber(page);
            } catch (IllegalArgumentException bad) {
                models.put("logins", new LoginActivityView(0, List.of(), false, bad.getMessage()));
                return Response.status(Response.Status.BAD_REQUEST).entity("admin-logins.jsp").build();
            }
            LogPages.Page<SecurityEvent> shown = LogPages.read(pageNumber,
                    (number, size) -> events.page(LOGIN_EVENTS, number, size));
            models.put("logins", new LoginActivityView(pageNumber,
                    shown.rows().stream().map(LoginActivityRow::new).toList(), shown.hasNext(), null));
            return Response.ok("admin-logins.jsp").build();
        });
    }

    /** The page's model: a page of events and the pager. */
    public static class LoginActivityView {
        private final int page;
        private final List<LoginActivityRow> rows;
        private final boolean hasNext;
        private final String error;

        LoginActivityView(int page, List<LoginActivityRow> rows, boolean hasNext, String error) {
            this.page = page;
            this.rows = rows;
            this.hasNext = hasNext;
            this.error = error;
        }

        public List<LoginActivityRow> getRows() {
            return rows;
        }

        public int getPageShown() {
            return page + 1;
        }

        public boolean isHasNext() {
            return hasNext;
        }

        public boolean isHasPrevious() {
            return page > 0;
        }

        public int getNextPage() {
            return page + 1;
        }

        public int getPreviousPage() {
            return page - 1;
        }

        public String getError() {
            return error;
        }
    }
}
