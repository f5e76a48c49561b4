package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficLogFilterTest {

    private final List<TrafficRecord> recorded = new ArrayList<>();
    private final TrafficLogFilter filter = new TrafficLogFilter(recorded::add);

    @Test
    void recordsTheResolvedClientMethodPathWithoutQueryAndTheFinalStatus() throws Exception {
        ServletFakes.Request request = ServletFakes.Request.post("/api/v1/placeorder").query("apikey=secret")
                .remoteAddr("10.0.0.9").attribute(RequestContext.CLIENT_IP_ATTRIBUTE, "203.0.113.7");
        ServletFakes.Response response = new ServletFakes.Response();

        filter.doFilter(request.build(), response.build(), new ServletFakes.Chain(passed -> {
            passed.setAttribute(RequestContext.API_USER_ATTRIBUTE, 42L);
            response.status = 429;
        }));

        assertEquals(List.of(new TrafficRecord("203.0.113.7", "POST", "/api/v1/placeorder", 429,
                recorded.get(0).durationMillis(), 42L, null)), recorded);
        assertTrue(recorded.get(0).durationMillis() >= 0);
    }

    @Test
    void theDashboardSessionsUserIsRecorded() throws Exception {
        ServletFakes.Request request = ServletFakes.Request.get("/app/dashboard")
                .session(Map.of(RequestContext.SESSION_USER_ATTRIBUTE, 7L));

        filter.doFilter(request.build(), new ServletFakes.Response().build(), new ServletFakes.Chain());

        assertEquals(7L, recorded.get(0).userId());
        assertEquals(200, recorded.get(0).status());
    }

    @Test
    void aFailureIsRecordedByItsClassOnlyAndRethrown() {
        ServletFakes.Request request = ServletFakes.Request.get("/app/x");

        assertThrows(IllegalStateException.class, () -> filter.doFilter(request.build(),
                new ServletFakes.Response().build(), new ServletFakes.Chain(passed -> {
                    throw new IllegalArgumentException("input that must not reach the log");
                })));

        TrafficRecord record = recorded.get(0);
        assertEquals(500, record.status());
        assertEquals("IllegalStateException", record.error());
        assertNull(record.userId());
        assertEquals("127.0.0.1", record.clientIp(), "the peer when no client address was resolved");
    }

    @Test
    void aMissingFileLibertyThrowsIsA404() {
        assertThrows(IllegalStateException.class, () -> filter.doFilter(ServletFakes.Request.get("/wp-admin.php").build(),
                new ServletFakes.Response().build(), new ServletFakes.Chain(passed -> {
                    throw new FileNotFoundException("/wp-admin.php");
                })));

        assertEquals(404, recorded.get(0).status());
    }

    @Test
    void staticAssetsAreNotRecordedAndLongPathsAreCut() throws Exception {
        filter.doFilter(ServletFakes.Request.get("/static/app.css").build(), new ServletFakes.Response().build(),
                new ServletFakes.Chain());
        filter.doFilter(ServletFakes.Request.get("/favicon.ico").build(), new ServletFakes.Response().build(),
                new ServletFakes.Chain());
        assertTrue(recorded.isEmpty());

        filter.doFilter(ServletFakes.Request.get("/" + "a".repeat(2000)).build(), new ServletFakes.Response().build(),
                new ServletFakes.Chain());
        assertEquals(TrafficLogFilter.MAX_PATH_LENGTH, recorded.get(0).path().length());
    }

    @Test
    void eachRequestIsCountedWithTheLayerThatRefusedIt() throws Exception {
        List<String> counted = new ArrayList<>();
        TrafficLogFilter counting = new TrafficLogFilter(recorded::add,
                (path, status, millis, refusedBy) -> counted.add(path + " " + status + " " + refusedBy));
        ServletFakes.Response banned = new ServletFakes.Response();
        jakarta.servlet.http.HttpServletResponse bannedResponse = banned.build();

        counting.doFilter(ServletFakes.Request.get("/app/login")
                .attribute(RequestContext.CLIENT_KEY_ATTRIBUTE, "203.0.113.9").build(), bannedResponse,
                new ServletFakes.Chain(passed -> new IpBanFilter(key -> true)
                        .doFilter(passed, bannedResponse, new ServletFakes.Chain())));
        counting.doFilter(ServletFakes.Request.get("/app/dashboard").build(), new ServletFakes.Response().build(),
                new ServletFakes.Chain());

        assertEquals(List.of("/app/login 403 Optional[IP_BAN]", "/app/dashboard 200 Optional.empty"), counted);
    }
}
