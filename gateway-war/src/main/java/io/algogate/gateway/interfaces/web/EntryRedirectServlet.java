package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.AccountService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The bare entry paths: {@code /} sends a new user to setup (first run) or to login; {@code /setup}
 * and {@code /login} lead to the dashboard's pages under {@code /app}.
 */
@WebServlet(name = "entry", urlPatterns = {"", "/setup", "/login"})
public class EntryRedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        String target = switch (request.getServletPath()) {
            case "/setup" -> "setup";
            case "/login" -> "login";
            default -> accounts.setupOpen() ? "setup" : "login";
        };
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + "/app/" + target);
    }
}
