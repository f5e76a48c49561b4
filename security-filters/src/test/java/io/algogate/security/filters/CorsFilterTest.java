package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorsFilterTest {

    private static final String ALLOWED = "https://app.example.com";
    private static final String FOREIGN = "https://evil.example";

    private static CorsPolicy enabled(String... extraSettings) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                CorsPolicy.ENABLED_KEY, "true", CorsPolicy.ALLOWED_ORIGINS_KEY, "HTTPS://App.Example.com"));
        for (int i = 0; i < extraSettings.length; i += 2) {
            settings.put(extraSettings[i], extraSettings[i + 1]);
        }
        return CorsPolicy.fromConfig(key -> Optional.ofNullable(settings.get(key)));
    }

    private static ServletFakes.Response run(CorsPolicy policy, ServletFakes.Request request, ServletFakes.Chain chain)
            throws Exception {
        ServletFakes.Response response = new ServletFakes.Response();
        new CorsFilter(policy).doFilter(request.build(), response.build(), chain);
        return response;
    }

    private static ServletFakes.Request preflight(String origin) {
        return new ServletFakes.Request().method("OPTIONS").uri("/api/v1/placeorder").header("Origin", origin)
                .header("Access-Control-Request-Method", "POST");
    }

    @Test
    void offAddsNothing() throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        ServletFakes.Response response = run(CorsPolicy.disabled(),
                ServletFakes.Request.post("/api/v1/placeorder").header("Origin", ALLOWED), chain);
        assertTrue(chain.called());
        assertTrue(response.headers.isEmpty(), response.headers.toString());
    }

    @Test
    void anAllowedOriginIsEchoedWithVary() throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        ServletFakes.Response response = run(enabled(),
                ServletFakes.Request.post("/api/v1/placeorder").header("Origin", ALLOWED), chain);
        assertTrue(chain.called());
        assertEquals(ALLOWED, response.header("Access-Control-Allow-Origin"));
        assertEquals("Origin", response.header("Vary"));
        assertNull(response.header("Access-Control-Allow-Credentials"));
        assertNull(response.header("Access-Control-Expose-Headers"));
    }

    @Test
    void credentialsAndExposedHeadersWhenConfigured() throws Exception {
        CorsPolicy policy = enabled(CorsPolicy.ALLOW_CREDENTIALS_KEY, "true",
                CorsPolicy.EXPOSED_HEADERS_KEY, "X-Request-Id, X-RateLimit-Remaining");
        ServletFakes.Response response = run(policy,
                ServletFakes.Request.get("/api/v1/orderbook").header("Origin", ALLOWED), new ServletFakes.Chain());
        assertEquals("true", response.header("Access-Control-Allow-Credentials"));
        assertEquals("X-Request-Id, X-RateLimit-Remaining", response.header("Access-Control-Expose-Headers"));
    }

    @Test
    void otherOriginsAndOtherPathsGetNoCorsHeaders() throws Exception {
        ServletFakes.Chain foreignChain = new ServletFakes.Chain();
        ServletFakes.Response foreign = run(enabled(),
                ServletFakes.Request.post("/api/v1/placeorder").header("Origin", FOREIGN), foreignChain);
        assertTrue(foreignChain.called());
        assertFalse(foreign.hasAnyCorsHeader(), foreign.headers.toString());

        ServletFakes.Response dashboard = run(enabled(),
                ServletFakes.Request.get("/app/dashboard").header("Origin", ALLOWED), new ServletFakes.Chain());
        assertTrue(dashboard.headers.isEmpty(), dashboard.headers.toString());

        ServletFakes.Response nullOrigin = run(enabled(),
                ServletFakes.Request.get("/api/v1/funds").header("Origin", "null"), new ServletFakes.Chain());
        assertFalse(nullOrigin.hasAnyCorsHeader());
    }

    @Test
    void anAllowedPreflightIsAnsweredHereAndNotPassedOn() throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        ServletFakes.Response response = run(enabled(), preflight(ALLOWED), chain);
        assertFalse(chain.called(), "a preflight must need no key and no CSRF proof");
        assertEquals(HttpServletResponse.SC_NO_CONTENT, response.status);
        assertEquals(ALLOWED, response.header("Access-Control-Allow-Origin"));
        assertEquals("GET, POST, DELETE, PUT, PATCH", response.header("Access-Control-Allow-Methods"));
        assertEquals("Content-Type, Authorization, X-Requested-With, X-API-KEY",
                response.header("Access-Control-Allow-Headers"));
        assertEquals("86400", response.header("Access-Control-Max-Age"));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefusedWithoutCorsHeaders() throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        ServletFakes.Response response = run(enabled(), preflight(FOREIGN), chain);
        assertFalse(chain.called());
        assertEquals(HttpServletResponse.SC_FORBIDDEN, response.status);
        assertFalse(response.hasAnyCorsHeader(), response.headers.toString());
    }

    @Test
    void aPlainOptionsRequestIsNoPreflight() throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        run(enabled(), new ServletFakes.Request().method("OPTIONS").uri("/api/v1/funds").header("Origin", FOREIGN), chain);
        assertTrue(chain.called());
    }

    @Test
    void aWildcardOriginIsRefusedAtStartUp() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> CorsPolicy.fromConfig(key ->
                Optional.ofNullable(Map.of(CorsPolicy.ENABLED_KEY, "true",
                        CorsPolicy.ALLOWED_ORIGINS_KEY, "https://a.example, *").get(key))));
        assertTrue(refused.getMessage().contains(CorsPolicy.ALLOWED_ORIGINS_KEY), refused.getMessage());
    }

    @Test
    void enabledWithoutOriginsIsRefusedAtStartUp() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> CorsPolicy.fromConfig(key ->
                Optional.ofNullable(Map.of(CorsPolicy.ENABLED_KEY, "true").get(key))));
        assertTrue(refused.getMessage().contains(CorsPolicy.ALLOWED_ORIGINS_KEY), refused.getMessage());
    }

    @Test
    void badValuesNameTheirKey() {
        IllegalStateException notAnOrigin = assertThrows(IllegalStateException.class, () -> CorsPolicy.fromConfig(key ->
                Optional.ofNullable(Map.of(CorsPolicy.ALLOWED_ORIGINS_KEY, "https://a.example/path").get(key))));
        assertTrue(notAnOrigin.getMessage().contains(CorsPolicy.ALLOWED_ORIGINS_KEY), notAnOrigin.getMessage());
        IllegalStateException notABoolean = assertThrows(IllegalStateException.class, () -> CorsPolicy.fromConfig(key ->
                Optional.ofNullable(Map.of(CorsPolicy.ENABLED_KEY, "yes").get(key))));
        assertTrue(notABoolean.getMessage().contains(CorsPolicy.ENABLED_KEY), notABoolean.getMessage());
    }

    @Test
    void defaultsAreOff() {
        CorsPolicy policy = CorsPolicy.fromConfig(key -> Optional.empty());
        assertFalse(policy.enabled());
        assertFalse(policy.allowCredentials());
        assertEquals(List.of("GET", "POST", "DELETE", "PUT", "PATCH"), policy.allowedMethods());
        assertEquals(List.of(), policy.exposedHeaders());
        assertEquals(86_400, policy.maxAgeSeconds());
        assertFalse(policy.allows(ALLOWED));
    }

    @Test
    void originsCompareExactlyAfterLowerCasingSchemeAndHost() {
        CorsPolicy policy = enabled(CorsPolicy.ALLOWED_ORIGINS_KEY, "http://127.0.0.1:5000,https://App.Example.com/");
        assertEquals(Set.of("http://127.0.0.1:5000", "https://app.example.com"), policy.allowedOrigins());
        assertTrue(policy.allows("http://127.0.0.1:5000"));
        assertTrue(policy.allows("https://APP.example.com"));
        assertFalse(policy.allows("http://127.0.0.1:5001"));
        assertFalse(policy.allows("http://app.example.com"));
        assertFalse(policy.allows("https://app.example.com.evil.example"));
    }
}
