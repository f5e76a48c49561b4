package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsrfOriginFilterTest {

    /** A dashboard form POST; reading its body or parameters fails the test (it would break Krazo). */
    private static ServletFakes.Request formPost(String uri) {
        return ServletFakes.Request.post(uri).header("Host", "localhost:9080").bodyForbidden();
    }

    private static boolean passes(ServletFakes.Request request) throws Exception {
        ServletFakes.Chain chain = new ServletFakes.Chain();
        ServletFakes.Response response = new ServletFakes.Response();
        new CsrfOriginFilter().doFilter(request.build(), response.build(), chain);
        if (!chain.called()) {
            assertEquals(HttpServletResponse.SC_FORBIDDEN, response.status);
            assertEquals("text/plain", response.contentType);
        }
        return chain.called();
    }

    @Test
    void sameOriginPasses() throws Exception {
        assertTrue(passes(formPost("/app/login").header("Origin", "http://localhost:9080")));
    }

    @Test
    void defaultPortsAndCaseDoNotMatter() throws Exception {
        assertTrue(passes(ServletFakes.Request.post("/app/logout").scheme("https").header("Host", "GW.example.com:443")
                .header("Origin", "https://gw.example.com").bodyForbidden()));
        assertTrue(passes(ServletFakes.Request.post("/app/logout").scheme("http").header("Host", "gw.example.com")
                .header("Origin", "http://gw.example.com:80").bodyForbidden()));
    }

    @Test
    void overHttp2WithoutAHostHeaderTheContainersAuthorityIsTheOwnOrigin() throws Exception {
        assertTrue(passes(ServletFakes.Request.post("/app/setup").scheme("https").server("localhost", 9785)
                .header("Origin", "https://localhost:9785").bodyForbidden()));
        assertFalse(passes(ServletFakes.Request.post("/app/setup").scheme("https").server("localhost", 9785)
                .header("Origin", "https://evil.example").bodyForbidden()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "null", "http://localhost:9081", "https://localhost:9080",
        "http://localhost:9080.evil.example", "not an origin"})
    void otherOriginsAreRefused(String origin) throws Exception {
        assertFalse(passes(formPost("/app/login").header("Origin", origin)));
    }

    @Test
    void aForeignOriginWinsOverSecFetchSite() throws Exception {
        assertFalse(passes(formPost("/app/login").header("Origin", "https://evil.example")
                .header("Sec-Fetch-Site", "same-origin")));
    }

    @Test
    void withoutEitherHeaderTheRequestIsRefused() throws Exception {
        assertFalse(passes(formPost("/app/login")));
    }

    @Test
    void secFetchSiteSameOriginPassesWhenOriginIsAbsent() throws Exception {
        assertTrue(passes(formPost("/app/login").header("Sec-Fetch-Site", "same-origin")));
        assertFalse(passes(formPost("/app/login").header("Sec-Fetch-Site", "cross-site")));
        assertFalse(passes(formPost("/app/login").header("Sec-Fetch-Site", "same-site")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
    void everyStateChangingMethodIsChecked(String method) throws Exception {
        assertFalse(passes(formPost("/app/keys").method(method).header("Origin", "https://evil.example")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/placeorder", "/strategy/webhook/abc", "/chartink/webhook/abc",
        "/__test/reset", "/csp-report"})
    void apiAndWebhooksAreExempt(String uri) throws Exception {
        assertTrue(passes(formPost(uri).header("Origin", "https://evil.example")));
    }

    @Test
    void anEncodedPathCannotBorrowTheApiExemption() throws Exception {
        assertFalse(passes(formPost("/api/v1/%2e%2e/%2e%2e/app/logout").routedPath("/app/logout")
                .header("Origin", "https://evil.example")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void safeMethodsPass(String method) throws Exception {
        assertTrue(passes(formPost("/app/dashboard").method(method).header("Origin", "https://evil.example")));
    }
}
