package io.algogate.security.filters;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * What the first filter learns about a request, for the layers and the application after it: the
 * request id, the resolved client address, and the container's own request and response objects
 * (Krazo needs those to forward to a view on Liberty).
 */
public final class RequestContext {

    public static final String REQUEST_ID_ATTRIBUTE = "algogate.requestId";
    public static final String CLIENT_IP_ATTRIBUTE = "algogate.clientIp";
    /** The address a client is counted, limited and banned by: its IP, or its /64 for IPv6. */
    public static final String CLIENT_KEY_ATTRIBUTE = "algogate.clientKey";
    /** The HTTP session attribute holding the logged-in dashboard user's id (a Long). */
    public static final String SESSION_USER_ATTRIBUTE = "algogate.userId";
    /** The HTTP session attribute holding the dashboard login's instant (an Instant). */
    public static final String SESSION_LOGIN_AT_ATTRIBUTE = "algogate.loginAt";
    /** Set by the API key filter: the id of the user a valid key belongs to. */
    public static final String API_USER_ATTRIBUTE = "algogate.apiUserId";
    /** Set by the API key filter: the SHA-256 of the valid key, for per-key limits. */
    public static final String API_KEY_HASH_ATTRIBUTE = "algogate.apiKeySha256";
    /**
     * The API request's body as the API key filter parsed it (a {@code jakarta.json.JsonObject}, set only
     * for a UTF-8 body that is a JSON object), so later readers need not parse it again.
     */
    public static final String PARSED_BODY_ATTRIBUTE = "algogate.body.json";
    public static final String CSP_NONCE_ATTRIBUTE = "cspNonce";

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final HttpServletRequest request;
    private final HttpServletResponse response;

    private RequestContext(HttpServletRequest request, HttpServletResponse response) {
        this.request = request;
        this.response = response;
    }

    /** The context of the request this thread is serving, if it passed the first filter. */
    public static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void enter(HttpServletRequest request, HttpServletResponse response) {
        CURRENT.set(new RequestContext(request, response));
    }

    static void leave() {
        CURRENT.remove();
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    /** The resolved client address of a request that passed the first filter. */
    public static String clientIp(ServletRequest request) {
        Object ip = request.getAttribute(CLIENT_IP_ATTRIBUTE);
        return ip == null ? request.getRemoteAddr() : ip.toString();
    }

    /** The client key (IP, or IPv6 /64) of a request that passed the first filter. */
    public static String clientKey(ServletRequest request) {
        Object key = request.getAttribute(CLIENT_KEY_ATTRIBUTE);
        return key == null ? clientIp(request) : key.toString();
    }

    /** The request id of a request that passed the first filter. */
    public static String requestId(ServletRequest request) {
        Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
        return id == null ? "" : id.toString();
    }
}
