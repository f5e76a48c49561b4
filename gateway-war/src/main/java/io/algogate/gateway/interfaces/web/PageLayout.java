package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * What every page's frame shows, read by the views as {@code layout}: the theme, who is signed in
 * (and whether as the admin), whether analyze mode is on, the CSP nonce and the page's own path (where
 * the theme switch returns). A JavaBean, as JSP EL reads it (D6).
 */
@Named("layout")
@RequestScoped
public class PageLayout {

    @Inject
    HttpServletRequest request;

    @Inject
    SignedInUser signedIn;

    @Inject
    AnalyzerService analyzer;

    private Optional<UserAccount> user;

    /** {@code light}, {@code dark} or {@code system} (the browser's preference), from the theme cookie. */
    public String getTheme() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (ThemeController.THEME_COOKIE.equals(cookie.getName())) {
                    return Theme.parse(cookie.getValue()).orElse(Theme.SYSTEM).cssName();
                }
            }
        }
        return Theme.SYSTEM.cssName();
    }

    /** The theme the switch offers next: dark from light or the system's, light from dark. */
    public String getOtherTheme() {
        return Theme.DARK.cssName().equals(getTheme()) ? Theme.LIGHT.cssName() : Theme.DARK.cssName();
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public String getUsername() {
        return user().map(UserAccount::getUsername).orElse("");
    }

    public boolean isAdmin() {
        return user().map(UserAccount::isAdmin).orElse(false);
    }

    public boolean isAnalyzeMode() {
        return isSignedIn() && analyzer.analyzeMode();
    }

    public String getNonce() {
        Object nonce = request.getAttribute(RequestContext.CSP_NONCE_ATTRIBUTE);
        return nonce == null ? "" : nonce.toString();
    }

    /**
     * The dashboard path the browser asked for (not the view it was forwarded to), without the query;
     * the dashboard for a page that answers a POST.
     */
    public String getPagePath() {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            // A page drawn as a POST's answer has no GET of its own to return to.
            return request.getContextPath() + "/app/dashboard";
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }

    /** The same-origin WebSocket path {@code static/live.js} connects to for live updates. */
    public String getStreamPath() {
        return request.getContextPath() + LiveDataResource.STREAM_PATH;
    }

    /** {@code aria-current} for a navigation link: {@code page} on the page it names. */
    public String current(String appPath) {
        return getPagePath().equals(request.getContextPath() + appPath) ? "page" : "false";
    }

    private Optional<UserAccount> user() {
        if (user == null) {
            user = signedIn.of(request);
        }
        return user;
    }
}
