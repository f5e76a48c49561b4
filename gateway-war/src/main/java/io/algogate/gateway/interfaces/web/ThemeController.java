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
import java.util.regex.Pattern;

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
    /** Segments of letters, digits, dot, underscore and hyphen; never a {@code .} or {@code ..} segment. */
    private static final Pattern DASHBOARD_PAGE = Pattern.compile("/app(/(?!\\.{1,2}(?:/|$))[A-Za-z0-9._-]+)+");

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
        if (back != null && back.startsWith(context) && DASHBOARD_PAGE.matcher(back.substring(context.length())).matches()) {
            return back;
        }
        return context + "/app/dashboard";
    }
}
