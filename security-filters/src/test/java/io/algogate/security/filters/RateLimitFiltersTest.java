package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.security.filters.ServletFakes.Chain;
import io.algogate.security.filters.ServletFakes.Request;
import io.algogate.security.filters.ServletFakes.Response;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitFiltersTest {

    private final LimiterBed bed = new LimiterBed();
    private final MutableClock clock = bed.clock;
    private final RateLimiter limiter = bed.limiter;
    private final Chain chain = new Chain();

    @AfterEach
    void closeCache() {
        bed.close();
    }

    /**
     * A request to {@code path} (context path "") from a client already resolved to {@code clientKey}, as
     * RequestContextFilter leaves it.
     */
    private static Request from(String clientKey, String method, String path) {
        return new Request().method(method).uri(path).attribute(RequestContext.CLIENT_KEY_ATTRIBUTE, clientKey);
    }

    private static Request smartOrderFrom(String clientKey) {
        return from(clientKey, "POST", "/api/v1/placesmartorder");
    }

    private Response run(HttpFilter filter, Request request) throws IOException, ServletException {
        Response response = new Response();
        filter.doFilter(request.build(), response.build(), chain);
        return response;
    }

    @Test
    void apiRequestsOverTheLimitGet429WithOpenAlgosBodyAndTheHeaders() throws Exception {
        IpRateLimitFilter filter = new IpRateLimitFilter(limiter);
        Response first = run(filter, smartOrderFrom("203.0.113.7"));
        assertEquals(200, first.status);
        assertEquals(List.of("\"smart\";q=2;w=1"), first.headers.get("RateLimit-Policy"));
        assertEquals(List.of("\"smart\";r=1"), first.headers.get("RateLimit"));
        assertNull(first.headers.get("Retry-After"));
        run(filter, smartOrderFrom("203.0.113.7"));

        Response refused = run(filter, smartOrderFrom("203.0.113.7"));
        assertEquals(429, refused.status);
        assertEquals(List.of("1"), refused.headers.get("Retry-After"));
        assertEquals(List.of("\"smart\";q=2;w=1"), refused.headers.get("RateLimit-Policy"));
        assertEquals(List.of("\"smart\";r=0;t=1"), refused.headers.get("RateLimit"));
        assertEquals("application/json", refused.contentType);
        assertEquals("{\"status\":\"error\",\"message\":\"Rate limit exceeded. Please slow down your requests.\","
                + "\"retry_after\":1}", refused.body.toString());
        assertEquals(2, chain.calls);

        clock.advance(Duration.ofSeconds(1));
        assertEquals(200, run(filter, smartOrderFrom("203.0.113.7")).status);
        assertEquals(3, chain.calls);
    }

    @Test
    void dashboardRoutesAreRefusedWithTheErrorPageAndRetryAfter() throws Exception {
        IpRateLimitFilter filter = new IpRateLimitFilter(limiter);
        Request login = from("203.0.113.7", "POST", "/app/login/");
        for (int i = 0; i < 5; i++) {
            assertEquals(200, run(filter, login).status);
        }
        Response refused = run(filter, login);
        assertEquals(429, refused.status);
        assertEquals(List.of("12"), refused.headers.get("Retry-After"));
        assertEquals("Too many requests. Try again in 12 seconds.", refused.errorMessage);
        assertEquals("", refused.body.toString(), "the page is the container's, not the filter's");
        assertEquals(5, chain.calls);
    }

    @Test
    void webSocketUpgradesOverTheLimitAreRefusedInPlainText() throws Exception {
        IpRateLimitFilter filter = new IpRateLimitFilter(limiter);
        Response refused = null;
        for (int i = 0; i <= 100; i++) {
            refused = run(filter, from("203.0.113.7", "GET", "/ws").header("Upgrade", "websocket"));
        }
        assertEquals(429, refused.status);
        assertEquals("text/plain", refused.contentType);
        assertTrue(refused.body.toString().startsWith("Too many requests. Try again in "), refused.body.toString());
        assertNull(refused.errorMessage, "no error page for a program");
    }

    @Test
    void theIpFilterCountsPerClientAddress() throws Exception {
        IpRateLimitFilter filter = new IpRateLimitFilter(limiter);
        run(filter, smartOrderFrom("203.0.113.7"));
        run(filter, smartOrderFrom("203.0.113.7"));
        assertEquals(429, run(filter, smartOrderFrom("203.0.113.7")).status);
        assertEquals(200, run(filter, smartOrderFrom("2001:db8:1:2::/64")).status);
    }

    @Test
    void webSocketUpgradesAreMeteredAsWs() throws Exception {
        Response response = run(new IpRateLimitFilter(limiter),
                from("203.0.113.7", "GET", "/ws/market").header("Upgrade", "WebSocket"));
        assertEquals(List.of("\"ws\";q=100;w=60"), response.headers.get("RateLimit-Policy"));
        assertEquals(1, chain.calls);
    }

    @Test
    void unlimitedRoutesPassUncountedAndWithoutHeaders() throws Exception {
        IpRateLimitFilter filter = new IpRateLimitFilter(limiter);
        for (int i = 0; i < 200; i++) {
            Response response = run(filter, from("203.0.113.7", "GET", "/app/dashboard"));
            assertEquals(200, response.status);
            assertTrue(response.headers.isEmpty(), response.headers.toString());
        }
        assertEquals(200, chain.calls);
    }

    @Test
    void theKeyFilterLeavesRequestsWithoutAVerifiedKeyAlone() throws Exception {
        ApiKeyRateLimitFilter filter = new ApiKeyRateLimitFilter(limiter);
        for (int i = 0; i < 5; i++) {
            Response response = run(filter, smartOrderFrom("203.0.113.7"));
            assertEquals(200, response.status);
            assertTrue(response.headers.isEmpty(), response.headers.toString());
        }
        assertEquals(5, chain.calls);
    }

    @Test
    void theKeyFilterCountsPerKeyNotPerAddress() throws Exception {
        ApiKeyRateLimitFilter filter = new ApiKeyRateLimitFilter(limiter);
        Request keyA = smartOrderFrom("203.0.113.7").attribute(RequestContext.API_KEY_HASH_ATTRIBUTE, "aaaa");
        Request keyB = smartOrderFrom("203.0.113.7").attribute(RequestContext.API_KEY_HASH_ATTRIBUTE, "bbbb");
        run(filter, keyA);
        run(filter, keyA);
        Response refused = run(filter, keyA);
        assertEquals(429, refused.status);
        assertTrue(refused.body.toString().contains("\"retry_after\":1"), refused.body.toString());
        assertEquals(200, run(filter, keyB).status);
        assertEquals(3, chain.calls);
    }

    @Test
    void theKeyAndAddressBucketsAreSeparate() throws Exception {
        Request request = smartOrderFrom("203.0.113.7").attribute(RequestContext.API_KEY_HASH_ATTRIBUTE, "aaaa");
        run(new IpRateLimitFilter(limiter), request);
        run(new IpRateLimitFilter(limiter), request);
        assertEquals(200, run(new ApiKeyRateLimitFilter(limiter), request).status);
        assertFalse(limiter.tryConsume(RouteClass.SMART, IpRateLimitFilter.SUBJECT_PREFIX + "203.0.113.7").allowed());
    }

    @Test
    void aFilterWithoutALimiterRefusesToStart() {
        assertThrows(ServletException.class, () -> new IpRateLimitFilter().init());
        assertThrows(ServletException.class, () -> new ApiKeyRateLimitFilter().init());
    }
}
