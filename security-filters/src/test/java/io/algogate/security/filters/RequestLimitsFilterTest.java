package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestLimitsFilterTest {

    private static final long LIMIT = 64;
    private static final byte[] ORDER_JSON =
            "{\"apikey\":\"k\",\"symbol\":\"SBIN\",\"quantity\":\"1\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TOO_LARGE = new byte[(int) LIMIT + 1];

    private final RequestLimitsFilter filter = new RequestLimitsFilter(new RequestLimitsPolicy(LIMIT));

    private ServletFakes.Response run(ServletFakes.Request request, ServletFakes.Chain chain) throws Exception {
        ServletFakes.Response response = new ServletFakes.Response();
        filter.doFilter(request.build(), response.build(), chain);
        return response;
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsRefusedBeforeAnythingIsRead() throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        ServletFakes.Response response = run(ServletFakes.Request.post("/api/v1/placeorder")
                .body("application/json", TOO_LARGE).bodyForbidden(), chain);
        assertFalse(chain.called());
        assertEquals(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, response.status);
        assertEquals("{\"status\":\"error\",\"message\":\"Request body too large: the limit is 64 bytes\"}",
                response.body.toString());
    }

    @Test
    void dashboardBodiesAreRefusedByLengthInPlainText() throws Exception {
        ServletFakes.Response response = run(ServletFakes.Request.post("/app/login")
                .body("application/x-www-form-urlencoded", TOO_LARGE).bodyForbidden(), new ServletFakes.Chain());
        assertEquals(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, response.status);
        assertEquals("text/plain", response.contentType);
    }

    @Test
    void aChunkedApiBodyIsCountedWhileRead() throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        ServletFakes.Response response = run(ServletFakes.Request.post("/api/v1/placeorder")
                .chunkedBody("application/json", TOO_LARGE), chain);
        assertFalse(chain.called());
        assertEquals(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, response.status);
    }

    @Test
    void aChunkedBodyExactlyAtTheLimitPasses() throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        run(ServletFakes.Request.post("/api/v1/placeorder").chunkedBody("application/json", new byte[(int) LIMIT]), chain);
        assertTrue(chain.called());
        assertEquals(LIMIT, chain.passedOn.getContentLengthLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/jsonp",
        "application/problem+json"})
    void apiBodiesMustBeJson(String contentType) throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        ServletFakes.Response response = run(ServletFakes.Request.post("/api/v1/placeorder")
                .body(contentType, ORDER_JSON).bodyForbidden(), chain);
        assertFalse(chain.called());
        assertEquals(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, response.status);
        assertEquals("{\"status\":\"error\",\"message\":\"Content-Type must be application/json\"}",
                response.body.toString());
    }

    @Test
    void anApiBodyWithoutContentTypeIsRefused() throws Exception {
        ServletFakes.Request request = ServletFakes.Request.post("/api/v1/placeorder")
                .header("Content-Length", Integer.toString(ORDER_JSON.length)).bodyForbidden();
        assertEquals(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, run(request, new ServletFakes.Chain()).status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON; charset=UTF-8", "application/json;charset=utf-8"})
    void jsonWithParametersInAnyCasePasses(String contentType) throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        run(ServletFakes.Request.post("/api/v1/placeorder").body(contentType, ORDER_JSON), chain);
        assertTrue(chain.called());
    }

    @Test
    void theApiBodyIsReplayedIdenticallyAnyNumberOfTimes() throws Exception {
        ServletFakes.Request request = ServletFakes.Request.post("/api/v1/placeorder").body("application/json", ORDER_JSON);
        ServletFakes.Chain chain = new ServletFakes.Chain(passed -> {
            assertArrayEquals(ORDER_JSON, passed.getInputStream().readAllBytes());
            assertArrayEquals(ORDER_JSON, passed.getInputStream().readAllBytes());
            String text = passed.getReader().lines().collect(Collectors.joining("\n"));
            assertEquals(new String(ORDER_JSON, StandardCharsets.UTF_8), text);
            assertEquals(ORDER_JSON.length, passed.getContentLength());
            assertEquals(ORDER_JSON.length, passed.getContentLengthLong());
        });
        run(request, chain);
        assertInstanceOf(CachedBodyRequest.class, chain.passedOn);
        assertArrayEquals(ORDER_JSON, (byte[]) request.attribute(RequestLimitsFilter.BODY_ATTRIBUTE));
        assertArrayEquals(ORDER_JSON, (byte[]) chain.passedOn.getAttribute(RequestLimitsFilter.BODY_ATTRIBUTE));
    }

    @Test
    void anApiGetGetsAnEmptyBody() throws Exception {
        ServletFakes.Request request = ServletFakes.Request.get("/api/v1/funds").bodyForbidden();
        ServletFakes.Chain chain = new ServletFakes.Chain();
        run(request, chain);
        assertArrayEquals(new byte[0], (byte[]) request.attribute(RequestLimitsFilter.BODY_ATTRIBUTE));
        assertEquals(0, chain.passedOn.getContentLength());
    }

    @Test
    void dashboardBodiesAreNotBufferedButCannotPassTheLimitWhenRead() throws Exception {
        ServletFakes.Request chunkedForm = ServletFakes.Request.post("/app/login")
                .chunkedBody("application/x-www-form-urlencoded", TOO_LARGE);
        ServletFakes.Chain chain = new ServletFakes.Chain(passed -> {
            assertThrows(IOException.class, () -> passed.getInputStream().readAllBytes());
            assertThrows(IOException.class, () -> passed.getReader().read(new char[128]));
        });
        run(chunkedForm, chain);
        assertTrue(chain.called());
        assertNull(chunkedForm.attribute(RequestLimitsFilter.BODY_ATTRIBUTE));
    }

    @Test
    void smallDashboardBodiesReadNormally() throws Exception {
        byte[] form = "username=admin&password=x".getBytes(StandardCharsets.UTF_8);
        ServletFakes.Chain chain = new ServletFakes.Chain(passed -> {
            assertSame(passed.getInputStream(), passed.getInputStream());
            assertArrayEquals(form, passed.getInputStream().readAllBytes());
        });
        run(ServletFakes.Request.post("/app/login").body("application/x-www-form-urlencoded", form), chain);
        assertTrue(chain.called());
    }

    @Test
    void theLimitComesFromConfiguration() {
        assertEquals(1_048_576, RequestLimitsPolicy.fromConfig(key -> Optional.empty()).maxBodyBytes());
        assertEquals(2048, RequestLimitsPolicy.fromConfig(
                key -> Optional.ofNullable(Map.of(RequestLimitsPolicy.MAX_BODY_BYTES_KEY, " 2048 ").get(key)))
                .maxBodyBytes());
        for (String bad : new String[] {"0", "-1", "lots"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> RequestLimitsPolicy
                    .fromConfig(key -> Optional.of(bad)));
            assertTrue(refused.getMessage().contains(RequestLimitsPolicy.MAX_BODY_BYTES_KEY), refused.getMessage());
        }
    }
}
