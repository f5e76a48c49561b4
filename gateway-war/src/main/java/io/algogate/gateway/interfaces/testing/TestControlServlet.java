package io.algogate.gateway.interfaces.testing;

import io.algogate.gateway.application.ApiKeyService;
import io.algogate.gateway.application.BanService;
import io.algogate.gateway.application.BrokerSessionService;
import io.algogate.gateway.application.TrafficLogService;
import io.algogate.gateway.infrastructure.cache.ApiKeyVerificationCache;
import io.algogate.gateway.infrastructure.time.GatewayClock;
import io.algogate.security.filters.IpAddresses;
import io.algogate.security.filters.RateLimiter;
import io.algogate.security.filters.RequestContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The test profile's control endpoint (D3), registered only when {@code algogate.profile=test}, and
 * answering loopback peers only. {@code POST /__test/...}:
 * <ul>
 * <li>{@code clock/advance?by=PT10H} moves the gateway's clock forward; {@code clock/freeze} and
 * {@code clock/unfreeze} stop and restart it; {@code clock} tells the time;</li>
 * <li>{@code reset} empties the rate-limit buckets and the in-memory caches (not the databases);</li>
 * <li>{@code counters} reports the key cache's sizes and how many key checks and Argon2
 * verifications ran;</li>
 * <li>{@code whoami} (GET too) tells the client address the chain resolved for this request;</li>
 * <li>{@code traffic/flush} writes the queued traffic log records now, so a test need not wait for
 * the writer's schedule;</li>
 * <li>{@code fail} throws, to show what a 500 looks like.</li>
 * </ul>
 */
public class TestControlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/__test";

    @Inject
    private transient GatewayClock clock;

    @Inject
    private transient ApiKeyVerificationCache apiKeyCache;

    @Inject
    private transient ApiKeyService apiKeys;

    @Inject
    private transient TrafficLogService trafficLog;

    @Inject
    private transient BrokerSessionService brokerSessions;

    @Inject
    private transient RateLimiter rateLimiter;

    @Inject
    private transient BanService bans;

    @Inject
    private transient AuditTampering auditTampering;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if ("/whoami".equals(request.getPathInfo())) {
            doPost(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!IpAddresses.isLoopback(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "/clock/advance" -> {
                try {
                    write(response, time(clock.advance(Duration.parse(String.valueOf(request.getParameter("by"))))));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "by must be a positive ISO-8601 duration");
                }
            }
            case "/clock/freeze" -> write(response, time(clock.freeze()));
            case "/clock/unfreeze" -> write(response, time(clock.unfreeze()));
            case "/clock" -> write(response, time(clock.instant()));
            case "/reset" -> {
                apiKeyCache.clear();
                brokerSessions.forgetCachedState();
                rateLimiter.reset();
                bans.clearCache();
                write(response, Json.createObjectBuilder().add("reset", true).build().toString());
            }
            case "/traffic/flush" -> write(response, Json.createObjectBuilder()
                    .add("written", trafficLog.writeQueued()).build().toString());
            case "/counters" -> write(response, Json.createObjectBuilder()
                    .add("trafficDropped", trafficLog.dropped())
                    .add("validKeys", apiKeyCache.validSize())
                    .add("invalidKeys", apiKeyCache.invalidSize())
                    .add("keyChecks", apiKeys.keyChecks())
                    .add("argon2Verifications", apiKeys.argon2Verifications()).build().toString());
            case "/whoami" -> write(response, Json.createObjectBuilder()
                    .add("clientIp", RequestContext.clientIp(request))
                    .add("clientKey", RequestContext.clientKey(request))
                    .add("peer", request.getRemoteAddr()).build().toString());
            case "/broker-sessions/sweep" -> write(response, Json.createObjectBuilder()
                    .add("ended", brokerSessions.endExpiredSessions()).build().toString());
            case "/audit/tamper" -> {
                try {
                    long id = Long.parseLong(String.valueOf(request.getParameter("id")));
                    String username = request.getParameter("username");
                    write(response, Json.createObjectBuilder().add("previous",
                            String.valueOf(auditTampering.replaceUsername(id, username))).build().toString());
                } catch (NumberFormatException e) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "id must be a row id");
                }
            }
            case "/fail" -> throw new ServletException("Deliberate failure from the test control endpoint");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static String time(Instant now) {
        return Json.createObjectBuilder().add("now", now.toString()).build().toString();
    }

    private static void write(HttpServletResponse response, String json) throws IOException {
        response.setContentType("application/json");
        response.getWriter().write(json);
    }
}
