package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.ActiveSessionRegistry;
import io.algogate.gateway.domain.UserAccount;
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
import java.util.List;

/**
 * The admin's live dashboard sessions (D1: the admin's are all there are), with the one this page was
 * asked from marked. Ending one removes it from the registry, so its browser is logged out at its next
 * request; ending one's own is a logout.
 */
@Path("admin/sessions")
@Controller
@RequestScoped
public class AdminSessionsController {

    static final String VIEW = "admin-sessions.jsp";

    @Inject
    ActiveSessionRegistry registry;

    @Inject
    SignedInUser signedIn;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() {
        return signedIn.asAdmin(request, admin -> page(admin, null, Response.Status.OK));
    }

    /** Form field {@code session}: the session's reference as the table shows it. */
    @POST
    @Path("end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(MultivaluedMap<String, String> form) {
        return signedIn.asAdmin(request, admin -> {
            String reference = form.getFirst("session") == null ? "" : form.getFirst("session").strip();
            if (reference.equals(currentReference())) {
                DashboardSession.logOut(request, registry);
                return signedIn.toLogin(request);
            }
            if (registry.endByReference(admin.getId(), reference).isEmpty()) {
                return page(admin, "There is no such session; it may have ended already.", Response.Status.NOT_FOUND);
            }
            return DashboardSession.redirect(request, "admin/sessions");
        });
    }

    private Response page(UserAccount admin, String error, Response.Status status) {
        String current = currentReference();
        List<SessionRow> rows = registry.sessions(admin.getId()).stream()
                .map(session -> new SessionRow(admin.getUsername(), session, session.reference().equals(current)))
                .toList();
        models.put("sessions", new SessionsView(rows, error));
        return Response.status(status).entity(VIEW).build();
    }

    /** The reference of the session this request came with (asAdmin has checked it exists). */
    private String currentReference() {
        return ActiveSessionRegistry.reference(request.getSession(false).getId());
    }

    /** The page's model. */
    public static class SessionsView {
        private final List<SessionRow> rows;
        private final String error;

        SessionsView(List<SessionRow> rows, String error) {
            this.rows = rows;
            this.error = error;
        }

        public List<SessionRow> getRows() {
            return rows;
        }

        public String getError() {
            return error;
        }
    }
}
