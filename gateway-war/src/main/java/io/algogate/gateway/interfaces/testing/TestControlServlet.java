package io.algogate.gateway.interfaces.testing;

import io.algogate.gateway.infrastructure.cache.ApiKeyVerificationCache;
import io.algogate.gateway.infrastructure.time.GatewayClock;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The test profile's control endpoint (D3), registered only when {@code algogate.profile=test}:
 * {@code POST /__test/clock/advance?by=PT10H} moves the gateway's clock forward,
 * {@code POST /__test/reset} empties caches (and, later, rate-limit buckets). Loopback only.
 */
public class TestControlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/__test";

    @Inject
    private transient GatewayClock clock;

    @Inject
    private transient ApiKeyVerificationCache apiKeyCache;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isLoopback(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setContentType("application/json");
        switch (action) {
            case "/clock/advance" -> {
                try {
                    var now = clock.advance(Duration.parse(String.valueOf(request.getParameter("by"))));
                    response.getWriter().write("{\"now\":\"" + now + "\"}");
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "by must be an ISO-8601 duration");
                }
            }
            case "/clock" -> response.getWriter().write("{\"now\":\"" + clock.instant() + "\"}");
            case "/reset" -> {
                apiKeyCache.clear();
                response.getWriter().write("{\"reset\":true}");
            }
            case "/cache" -> response.getWriter().write("{\"validKeys\":" + apiKeyCache.validSize()
                    + ",\"invalidKeys\":" + apiKeyCache.invalidSize() + "}");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }
}
