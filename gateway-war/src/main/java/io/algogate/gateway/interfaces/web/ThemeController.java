package io.algogate.gateway.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The light/dark switch: a form post (it works without JavaScript) that keeps the choice in a cookie
 * for a year and returns to the page it came from, if that is a dashboard page (never another site).
 */
@Path("theme")
@Controller
@RequestScoped
public class ThemeController {

    static final String THEME_COOKIE = "algogate_theme";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;
    private static final String DASHBOARD = "/app/";

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(MultivaluedMap<String, String> form) {
        // The form as an entity: @FormParam stays null in Krazo controllers on Liberty (D7).
        Theme chosen = Theme.parse(form.getFirst("theme")).orElse(Theme.SYSTEM);
        String back = form.getFirst("back");
        NewCookie cookie = new NewCookie.Builder(THEME_COOKIE).value(chosen.cssName())
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(ONE_YEAR_SECONDS).secure(request.isSecure()).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        // A relative Location, as DashboardSession's redirects: no Host header decides where it points.
        return Response.status(Response.Status.SEE_OTHER).header("Location", returnPath(back)).cookie(cookie).build();
    }

    /** The page to go back to: a dashboard path of this application, else the dashboard. */
    String returnPath(String back) {
        String context = request.getContextPath();
        if (back != null && back.startsWith(context) && isDashboardPage(back.substring(context.length()))) {
            return back;
        }
        return context + "/app/dashboard";
    }

    /**
     * {@code /app/} and one or more segments of ASCII letters, digits, dot, underscore and hyphen, none
     * empty, {@code .} or {@code ..}: a path no browser resolves outside the dashboard (no query, no
     * fragment, no scheme or host). A loop, not a regular expression, so no input can make it slow.
     */
    static boolean isDashboardPage(String path) {
        if (!path.startsWith(DASHBOARD)) {
            return false;
        }
        for (String segment : path.substring(DASHBOARD.length()).split("/", -1)) {
            if (segment.isEmpty() || ".".equals(segment) || "..".equals(segment)
                    || !segment.chars().allMatch(ThemeController::isSegmentCharacter)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSegmentCharacter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }
}
