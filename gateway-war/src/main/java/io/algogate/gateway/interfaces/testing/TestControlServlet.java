package io.algogate.gateway.interfaces.testing;

import io.algogate.gateway.application.ApiKeyService;
import io.algogate.gateway.application.BanService;
import io.algogate.gateway.application.BrokerSessionService;
import io.algogate.gateway.application.LogRetentionService;
import io.algogate.gateway.application.PnlSampler;
import io.algogate.gateway.application.TrafficLogService;
import io.algogate.gateway.infrastructure.cache.ApiKeyVerificationCache;
import io.algogate.gateway.infrastructure.time.GatewayClock;
import io.algogate.security.filters.IpAddresses;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.RateLimiter;
import io.algogate.security.filters.RequestContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The test profile's control endpoint (D3), registered only when {@code algogate.profile=test}, and
 * answering loopback peers only. {@code POST /__test/...}:
 * <ul>
 * <li>{@code clock/advance?by=PT10H} moves the gateway's clock forward; {@code clock/freeze} and
 * {@code clock/unfreeze} stop and restart it; {@code clock} tells the time;</li>
 * <li>{@code reset} empties the rate-limit buckets and the in-memory caches (not the databases);</li>
 * <li>{@code counters} reports the key cache's sizes and how many key checks and Argon2
 * verifications ran;</li>
 * <li>{@code post-routes} (GET only) lists every dashboard {@code @POST} route, for the test that
 * shows each refuses a request without a valid CSRF token;</li>
 * <li>{@code page-routes} (GET only) lists every dashboard page ({@code @GET}, no path parameter, not a
 * download), for the test that opens each in a browser;</li>
 * <li>{@code csp-violation} (GET only) is a page whose inline script and style lack the nonce, so browser
 * tests can show that they see a CSP violation when there is one;</li>
 * <li>{@code whoami} (GET too) tells the client address the chain resolved for this request;</li>
 * <li>{@code traffic/flush} writes the queued traffic log records now, so a test need not wait for
 * the writer's schedule;</li>
 * <li>{@code traffic/stall} holds an exclusive lock on the logs database's {@code traffic_log} table
 * (from the logs datasource, on a managed thread) until {@code traffic/unstall} or two minutes, so a
 * test sees what a stalled logs database does to requests;</li>
 * <li>{@code log} logs the request body through this class's logger with the body as a parameter,
 * so a test can see what the application log makes of a secret or a line break;</li>
 * <li>{@code retention/purge?at=2027-01-01T00:00:00Z} runs the retention purge now, as if the time
 * were {@code at} (default: the gateway's clock);</li>
 * <li>{@code pnl/sample} records a P&amp;L sample for the dashboard's chart now, market open or not;</li>
 * <li>{@code fail} (GET too, for a browser) throws, to show what a 500 looks like.</li>
 * </ul>
 */
public class TestControlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/__test";
    private static final Logger LOG = Logger.getLogger(TestControlServlet.class.getName());

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
    private transient LogRetentionService retention;

    @Resource(lookup = "jdbc/logsDS")
    private transient DataSource logsDatabase;

    @Resource
    private transient ManagedExecutorService executor;

    private transient volatile CountDownLatch trafficStall;

    @Inject
    private transient AuditTampering auditTampering;

    @Inject
    private transient PnlSampler pnlSampler;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if ("/whoami".equals(request.getPathInfo()) || "/fail".equals(request.getPathInfo())) {
            doPost(request, response);
        } else if ("/post-routes".equals(request.getPathInfo()) && IpAddresses.isLoopback(request.getRemoteAddr())) {
            writeRoutes(response, DashboardRoutes.postRoutes());
        } else if ("/page-routes".equals(request.getPathInfo()) && IpAddresses.isLoopback(request.getRemoteAddr())) {
            writeRoutes(response, DashboardRoutes.pageRoutes());
        } else if ("/csp-violation".equals(request.getPathInfo()) && IpAddresses.isLoopback(request.getRemoteAddr())) {
            // An inline script and style without the nonce: the browser must refuse both and say so.
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html><head><title>CSP violation on purpose</title>"
                    + "<style>body{color:red}</style></head><body><p id=\"marker\">not run</p>"
                    + "<script>document.getElementById('marker').textContent='ran';</script></body></html>");
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
                write(response, Jsonp.PROVIDER.createObjectBuilder().add("reset", true).build().toString());
            }
            case "/traffic/flush" -> write(response, Jsonp.PROVIDER.createObjectBuilder()
                    .add("written", trafficLog.writeQueued()).build().toString());
            case "/traffic/stall" -> write(response, Jsonp.PROVIDER.createObjectBuilder()
                    .add("stalled", stallTrafficTable()).build().toString());
            case "/traffic/unstall" -> {
                CountDownLatch stall = trafficStall;
                if (stall != null) {
                    stall.countDown();
                }
                write(response, Jsonp.PROVIDER.createObjectBuilder().add("stalled", false).build().toString());
            }
            case "/log" -> {
                String text = new String(request.getInputStream().readNBytes(8 * 1024), StandardCharsets.UTF_8);
                LOG.log(Level.WARNING, "Test control log line: {0}", text);
                write(response, Jsonp.PROVIDER.createObjectBuilder().add("logged", true).build().toString());
            }
            case "/retention/purge" -> {
                try {
                    String at = request.getParameter("at");
                    LogRetentionService.PurgeResult purged = retention.purge(at == null ? clock.instant() : Instant.parse(at));
                    write(response, Jsonp.PROVIDER.createObjectBuilder().add("cutoff", purged.cutoff().toString())
                            .add("trafficRows", purged.trafficRows()).add("logFiles", purged.logFiles()).build().toString());
                } catch (DateTimeParseException e) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "at must be an ISO-8601 instant");
                }
            }
            case "/counters" -> write(response, Jsonp.PROVIDER.createObjectBuilder()
                    .add("trafficDropped", trafficLog.dropped())
                    .add("trafficQueued", trafficLog.queued())
                    .add("trafficLostToFailedWrites", trafficLog.lostToFailedWrites())
                    .add("validKeys", apiKeyCache.validSize())
                    .add("invalidKeys", apiKeyCache.invalidSize())
                    .add("keyChecks", apiKeys.keyChecks())
                    .add("argon2Verifications", apiKeys.argon2Verifications()).build().toString());
            case "/whoami" -> write(response, Jsonp.PROVIDER.createObjectBuilder()
                    .add("clientIp", RequestContext.clientIp(request))
                    .add("clientKey", RequestContext.clientKey(request))
                    .add("peer", request.getRemoteAddr()).build().toString());
            case "/broker-sessions/sweep" -> write(response, Jsonp.PROVIDER.createObjectBuilder()
                    .add("ended", brokerSessions.endExpiredSessions()).build().toString());
            case "/audit/tamper" -> {
                try {
                    long id = Long.parseLong(String.valueOf(request.getParameter("id")));
                    String username = request.getParameter("username");
                    write(response, Jsonp.PROVIDER.createObjectBuilder().add("previous",
                            String.valueOf(auditTampering.replaceUsername(id, username))).build().toString());
                } catch (NumberFormatException e) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "id must be a row id");
                }
            }
            case "/pnl/sample" -> write(response, Jsonp.PROVIDER.createObjectBuilder()
                    .add("recorded", pnlSampler.sampleNow()).build().toString());
            case "/fail" -> throw new ServletException("Deliberate failure from the test control endpoint");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Locks traffic_log until unstalled; true once the lock is held. */
    private boolean stallTrafficTable() throws ServletException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch locked = new CountDownLatch(1);
        trafficStall = release;
        executor.submit(() -> {
            try (Connection connection = logsDatabase.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LOCK TABLE traffic_log IN EXCLUSIVE MODE");
                    locked.countDown();
                    release.await(2, TimeUnit.MINUTES);
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "The traffic log stall failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        try {
            return locked.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while stalling the traffic log", e);
        }
    }

    private static void writeRoutes(HttpServletResponse response, List<String> routes) throws IOException {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        routes.forEach(array::add);
        write(response, array.build().toString());
    }

    private static String time(Instant now) {
        return Jsonp.PROVIDER.createObjectBuilder().add("now", now.toString()).build().toString();
    }

    private static void write(HttpServletResponse response, String json) throws IOException {
        response.setContentType("application/json");
        response.getWriter().write(json);
    }
}
