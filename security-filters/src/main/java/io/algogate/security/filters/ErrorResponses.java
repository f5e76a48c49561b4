package io.algogate.security.filters;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How the layers refuse a request: in the API's error shape ({@code {"status":"error","message":...}})
 * on {@code /api/}, as a page in the dashboard's layout on {@code /app/} where a person reads it
 * ({@link #textOrPage}), as plain text elsewhere. Never an exception text.
 */
public final class ErrorResponses {

    public static final String API_PREFIX = "/api/";
    /** The dashboard's pages, read by people in a browser. */
    public static final String DASHBOARD_PREFIX = "/app/";
    /** OpenAlgo's strategy webhooks (TradingView and the like) and ChartInk's. */
    public static final List<String> WEBHOOK_PREFIXES = List.of("/strategy/webhook/", "/chartink/webhook/");

    private ErrorResponses() {
    }

    /** The path below the context root, e.g. {@code /api/v1/placeorder}. */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Whether a failure thrown through the filters is Liberty's way of reporting a missing static file
     * (a {@link FileNotFoundException} somewhere in its causes): the client got a 404.
     */
    public static boolean isMissingFile(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileNotFoundException) {
                return true;
            }
        }
        return false;
    }

    public static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith(API_PREFIX);
    }

    /** The API, and the webhooks: their callers are programs that read the API's JSON, not people. */
    public static boolean answersJson(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith(API_PREFIX) || WEBHOOK_PREFIXES.stream().anyMatch(path::startsWith);
    }

    public static boolean isDashboard(HttpServletRequest request) {
        return path(request).startsWith(DASHBOARD_PREFIX);
    }

    /**
     * A refusal a person may be reading: on a dashboard path the container's error page for the status
     * (web.xml maps it to a page in the layout, which shows the message), plain text elsewhere. Headers
     * set before (security headers, {@code Retry-After}) stay on the response. The filters keep
     * deciding what to refuse; only the rendering lives in the page.
     */
    public static void textOrPage(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if (isDashboard(request)) {
            response.sendError(status, message);
        } else {
            text(response, status, message);
        }
    }

    /** Writes {@code {"status":"error","message":...}} with the status. */
    public static void apiError(HttpServletResponse response, int status, String message) throws IOException {
        writeJson(response, status, Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("message", message)
                .build().toString());
    }

    /** Writes a JSON body as it is. */
    public static void writeJson(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
    }

    /** Writes a plain-text refusal. */
    public static void text(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(message);
    }

    /** The API's shape on {@code /api/} and the webhooks, plain text elsewhere. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if (answersJson(request)) {
            apiError(response, status, message);
        } else {
            text(response, status, message);
        }
    }
}
