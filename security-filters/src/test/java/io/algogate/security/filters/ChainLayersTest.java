package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ban, scan-detection, session and API-key layers, each alone with fakes for its ports. */
class ChainLayersTest {

    private static final String KEY = "a".repeat(64);

    // --- IP ban -------------------------------------------------------------------------------

    @Test
    void aBannedClientGetsPlainText403AndNothingElseRuns() throws Exception {
        ServletFakes.Response response = new ServletFakes.Response();
        ServletFakes.Chain chain = new ServletFakes.Chain();
        new IpBanFilter(key -> key.equals("203.0.113.9")).doFilter(
                ServletFakes.Request.get("/api/v1/ping").attribute(RequestContext.CLIENT_KEY_ATTRIBUTE, "203.0.113.9")
                        .bodyForbidden().build(), response.build(), chain);
        assertEquals(403, response.status);
        assertEquals("text/plain", response.contentType);
        assertEquals(IpBanFilter.MESSAGE, response.body.toString());
        assertFalse(chain.called());
    }

    @Test
    void aBannedBrowserOnTheDashboardGetsTheErrorPageWithTheSameWords() throws Exception {
        ServletFakes.Response response = new ServletFakes.Response();
        ServletFakes.Chain chain = new ServletFakes.Chain();
        new IpBanFilter(key -> key.equals("203.0.113.9")).doFilter(
                ServletFakes.Request.get("/app/login").attribute(RequestContext.CLIENT_KEY_ATTRIBUTE, "203.0.113.9")
                        .bodyForbidden().build(), response.build(), chain);
        assertEquals(403, response.status);
        assertEquals(IpBanFilter.MESSAGE, response.errorMessage, "the container's error page shows it");
        assertEquals("", response.body.toString(), "the filter writes no body of its own");
        assertFalse(chain.called());
    }

    @Test
    void anUnbannedClientPassesOn() throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        new IpBanFilter(key -> false).doFilter(ServletFakes.Request.get("/").build(),
                new ServletFakes.Response().build(), chain);
        assertTrue(chain.called());
    }

    // --- scan detection -------------------------------------------------------------------------

    @Test
    void notFoundForAnUnauthenticatedClientIsTracked() throws Exception {
        List<String> tracked = new ArrayList<>();
        new ScanDetectionFilter((key, path) -> tracked.add(key + " " + path)).doFilter(
                ServletFakes.Request.get("/wp-login.php").attribute(RequestContext.CLIENT_KEY_ATTRIBUTE, "203.0.113.5")
                        .build(), new ServletFakes.Response().build(), respondWith(404));
        assertEquals(List.of("203.0.113.5 /wp-login.php"), tracked);
    }

    @Test
    void notFoundForAuthenticatedClientsAndOtherStatusesAreNotTracked() throws Exception {
        List<String> tracked = new ArrayList<>();
        ScanDetectionFilter filter = new ScanDetectionFilter((key, path) -> tracked.add(path));
        filter.doFilter(ServletFakes.Request.get("/api/v1/x").attribute(RequestContext.API_USER_ATTRIBUTE, 1L).build(),
                new ServletFakes.Response().build(), respondWith(404));
        filter.doFilter(ServletFakes.Request.get("/app/x").session(Map.of(RequestContext.SESSION_USER_ATTRIBUTE, 1L))
                .build(), new ServletFakes.Response().build(), respondWith(404));
        filter.doFilter(ServletFakes.Request.get("/app/login").build(), new ServletFakes.Response().build(),
                respondWith(200));
        assertEquals(List.of(), tracked);
    }

    @Test
    void aMissingStaticFileReportedAsAnExceptionCountsAndIsRethrown() {
        List<String> tracked = new ArrayList<>();
        FilterChain missingFile = (request, response) -> {
            throw new ServletException(new FileNotFoundException("SRVE0190E: File not found: /backup.zip"));
        };
        assertThrows(ServletException.class, () -> new ScanDetectionFilter((key, path) -> tracked.add(path))
                .doFilter(ServletFakes.Request.get("/backup.zip").build(), new ServletFakes.Response().build(),
                        missingFile));
        assertEquals(List.of("/backup.zip"), tracked);
    }

    // --- session ------------------------------------------------------------------------------

    private static final SessionExpiryPolicy IST_0300 = SessionExpiryPolicy.defaults();
    private static final Clock AFTER_CUT_OFF = Clock.fixed(Instant.parse("2026-12-05T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void aSessionFromBeforeTheCutOffIsEndedAndItsBrokerSessionRevoked() throws Exception {
        List<Long> revoked = new ArrayList<>();
        ServletFakes.Request request = ServletFakes.Request.get("/app/dashboard").session(Map.of(
                RequestContext.SESSION_USER_ATTRIBUTE, 7L,
                RequestContext.SESSION_LOGIN_AT_ATTRIBUTE, Instant.parse("2026-12-04T21:00:00Z")));
        ServletFakes.Response response = new ServletFakes.Response();
        ServletFakes.Chain chain = new ServletFakes.Chain();
        // 03:00 IST on 5 December is 21:30 UTC on 4 December: the login at 21:00 UTC came before it.
        new SessionFilter(IST_0300, revoked::add, AFTER_CUT_OFF).doFilter(request.build(), response.build(), chain);

        assertTrue(request.sessionInvalidated());
        assertEquals(List.of(7L), revoked);
        assertEquals(303, response.status);
        assertEquals(SessionFilter.EXPIRED_LOCATION, response.header("Location"));
        assertFalse(chain.called());
    }

    @Test
    void aSessionFromAfterTheCutOffAndNoSessionPassOnWithoutCreatingOne() throws Exception {
        List<Long> revoked = new ArrayList<>();
        SessionFilter filter = new SessionFilter(IST_0300, revoked::add, AFTER_CUT_OFF);
        ServletFakes.Chain fresh = new ServletFakes.Chain();
        filter.doFilter(ServletFakes.Request.post("/app/logout").session(Map.of(
                RequestContext.SESSION_USER_ATTRIBUTE, 7L,
                RequestContext.SESSION_LOGIN_AT_ATTRIBUTE, Instant.parse("2026-12-04T22:00:00Z"))).build(),
                new ServletFakes.Response().build(), fresh);
        ServletFakes.Chain none = new ServletFakes.Chain();
        filter.doFilter(ServletFakes.Request.get("/app/login").build(), new ServletFakes.Response().build(), none);
        assertTrue(fresh.called());
        assertTrue(none.called());
        assertEquals(List.of(), revoked);
    }

    @Test
    void anExpiredSessionOnANonPageRequestGets401() throws Exception {
        ServletFakes.Response response = new ServletFakes.Response();
        new SessionFilter(IST_0300, id -> { }, AFTER_CUT_OFF).doFilter(ServletFakes.Request.post("/app/logout")
                .session(Map.of(RequestContext.SESSION_USER_ATTRIBUTE, 7L, RequestContext.SESSION_LOGIN_AT_ATTRIBUTE,
                        Instant.parse("2026-12-04T00:00:00Z"))).build(), response.build(), new ServletFakes.Chain());
        assertEquals(401, response.status);
    }

    // --- API key --------------------------------------------------------------------------------

    private static ServletFakes.Request apiPost(String route, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return ServletFakes.Request.post("/api/v1/" + route).attribute(RequestLimitsFilter.BODY_ATTRIBUTE, body)
                .attribute(RequestContext.CLIENT_KEY_ATTRIBUTE, "203.0.113.1").bodyForbidden();
    }

    private static ApiKeyVerifier verifier(ApiKeyVerifier.Verdict.Status status) {
        return key -> key.equals(KEY) ? new ApiKeyVerifier.Verdict(status, 42) : ApiKeyVerifier.Verdict.invalid();
    }

    @Test
    void aValidKeyFromTheBodyMarksTheRequestWithItsUserAndKeyHash() throws Exception {
        ServletFakes.Request request = apiPost("placeorder", "{\"apikey\":\"" + KEY + "\",\"symbol\":\"SBIN\"}");
        ServletFakes.Chain chain = new ServletFakes.Chain();
        new ApiKeyFilter(verifier(ApiKeyVerifier.Verdict.Status.VALID), (c, p) -> { })
                .doFilter(request.build(), new ServletFakes.Response().build(), chain);
        assertTrue(chain.called());
        assertEquals(42L, request.attribute(RequestContext.API_USER_ATTRIBUTE));
        assertEquals(64, ((String) request.attribute(RequestContext.API_KEY_HASH_ATTRIBUTE)).length());
    }

    @Test
    void aMissingKeyIsA400InTheValidationShape() throws Exception {
        ServletFakes.Response response = new ServletFakes.Response();
        new ApiKeyFilter(verifier(ApiKeyVerifier.Verdict.Status.VALID), (c, p) -> { })
                .doFilter(apiPost("orderbook", "{}").build(), response.build(), new ServletFakes.Chain());
        assertEquals(400, response.status);
        assertTrue(response.body.toString().contains("\"errors\":{\"apikey\":[\"Missing data for required field.\"]}"));
    }

    @Test
    void aWrongKeyIsA403AndOnlyAShortHashPrefixIsTracked() throws Exception {
        List<String> tracked = new ArrayList<>();
        ServletFakes.Response response = new ServletFakes.Response();
        String wrong = "b".repeat(64);
        new ApiKeyFilter(verifier(ApiKeyVerifier.Verdict.Status.VALID), (client, prefix) -> tracked.add(client + " " + prefix))
                .doFilter(apiPost("ping", "{\"apikey\":\"" + wrong + "\"}").build(), response.build(), new ServletFakes.Chain());
        assertEquals(403, response.status);
        assertEquals("{\"status\":\"error\",\"message\":\"Invalid openalgo apikey\"}", response.body.toString());
        assertEquals(1, tracked.size());
        String prefix = tracked.get(0).split(" ")[1];
        assertEquals(16, prefix.length());
        assertFalse(tracked.get(0).contains(wrong.substring(0, 8)), "the key itself is never tracked");
    }

    @Test
    void aValidKeyWithAnEndedBrokerSessionIsToldSo() throws Exception {
        ServletFakes.Response response = new ServletFakes.Response();
        new ApiKeyFilter(verifier(ApiKeyVerifier.Verdict.Status.BROKER_SESSION_EXPIRED), (c, p) -> { })
                .doFilter(apiPost("funds", "{\"apikey\":\"" + KEY + "\"}").build(), response.build(), new ServletFakes.Chain());
        assertEquals(403, response.status);
        assertTrue(response.body.toString().contains(ApiKeyFilter.BROKER_SESSION_EXPIRED));
    }

    @Test
    void aKeyThatCannotBeCheckedNowIsA503WithRetryAfterAndIsNotCountedAsInvalid() throws Exception {
        List<String> tracked = new ArrayList<>();
        ServletFakes.Response response = new ServletFakes.Response();
        new ApiKeyFilter(key -> ApiKeyVerifier.Verdict.busy(), (client, prefix) -> tracked.add(prefix))
                .doFilter(apiPost("ping", "{\"apikey\":\"" + KEY + "\"}").build(), response.build(), new ServletFakes.Chain());
        assertEquals(503, response.status);
        assertEquals("2", response.header("Retry-After"));
        assertEquals(List.of(), tracked);
    }

    @Test
    void theKeyMayComeFromTheHeaderOrAGetQuery() throws Exception {
        ApiKeyFilter filter = new ApiKeyFilter(verifier(ApiKeyVerifier.Verdict.Status.VALID), (c, p) -> { });
        ServletFakes.Request header = ServletFakes.Request.post("/api/v1/ping").header("X-API-KEY", KEY).bodyForbidden();
        filter.doFilter(header.build(), new ServletFakes.Response().build(), new ServletFakes.Chain());
        assertEquals(42L, header.attribute(RequestContext.API_USER_ATTRIBUTE));
        ServletFakes.Request query = ServletFakes.Request.get("/api/v1/instruments").query("exchange=NSE&apikey=" + KEY)
                .bodyForbidden();
        filter.doFilter(query.build(), new ServletFakes.Response().build(), new ServletFakes.Chain());
        assertEquals(42L, query.attribute(RequestContext.API_USER_ATTRIBUTE));
    }

    @Test
    void malformedJsonIsA400AndUnknownRoutesPassOnForTheir404() throws Exception {
        ApiKeyFilter filter = new ApiKeyFilter(verifier(ApiKeyVerifier.Verdict.Status.VALID), (c, p) -> { });
        ServletFakes.Response malformed = new ServletFakes.Response();
        filter.doFilter(apiPost("ping", "{\"apikey\": ").build(), malformed.build(), new ServletFakes.Chain());
        assertEquals(400, malformed.status);
        assertTrue(malformed.body.toString().contains("Malformed JSON"));

        ServletFakes.Request unknown = apiPost("no-such-route", "{}");
        ServletFakes.Chain chain = new ServletFakes.Chain();
        filter.doFilter(unknown.build(), new ServletFakes.Response().build(), chain);
        assertTrue(chain.called());
        assertNull(unknown.attribute(RequestContext.API_USER_ATTRIBUTE));
    }

    // --- the daily cut-off ----------------------------------------------------------------------

    @Test
    void theCutOffIs0300InKolkataEveryDay() {
        Instant justBefore = Instant.parse("2026-12-04T21:29:59Z");
        Instant justAfter = Instant.parse("2026-12-04T21:30:00Z");
        assertEquals(Instant.parse("2026-12-03T21:30:00Z"), IST_0300.lastCutOff(justBefore));
        assertEquals(justAfter, IST_0300.lastCutOff(justAfter));
        assertEquals(justAfter, IST_0300.nextCutOff(justBefore));
        assertEquals(Instant.parse("2026-12-05T21:30:00Z"), IST_0300.nextCutOff(justAfter));
        assertTrue(IST_0300.expired(justBefore, justAfter));
        assertFalse(IST_0300.expired(justAfter, justAfter.plusSeconds(3600)));
        SessionExpiryPolicy disabled = new SessionExpiryPolicy(false, IST_0300.at(), IST_0300.zone());
        assertFalse(disabled.expired(justBefore, justAfter.plusSeconds(86_400 * 3)));
        assertThrows(IllegalStateException.class, () -> SessionExpiryPolicy.fromConfig(
                key -> key.equals(SessionExpiryPolicy.TIME_KEY) ? java.util.Optional.of("25:99") : java.util.Optional.empty()));
    }

    private static FilterChain respondWith(int status) {
        return (request, response) -> ((HttpServletResponse) response).setStatus(status);
    }
}
