package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void noncesAreFreshAndCarryAtLeast128Bits() {
        String first = SecurityHeadersFilter.newNonce();
        String second = SecurityHeadersFilter.newNonce();
        assertNotEquals(first, second);
        assertTrue(Base64.getDecoder().decode(first).length >= 16);
    }

    @Test
    void reportOnlyModeSendsTheReportOnlyHeaderAndReportsGoToTheEndpoint() {
        assertEquals("Content-Security-Policy", SecurityHeadersPolicy.defaults().headerName());
        SecurityHeadersPolicy reportOnly = SecurityHeadersPolicy.fromConfig(
                key -> key.equals(SecurityHeadersPolicy.REPORT_ONLY_KEY) ? java.util.Optional.of("true")
                        : java.util.Optional.empty());
        assertEquals("Content-Security-Policy-Report-Only", reportOnly.headerName());
        assertTrue(SecurityHeadersFilter.contentSecurityPolicy("n").endsWith("report-uri /csp-report"));
    }

    @Test
    void policyAllowsInlineCodeOnlyWithTheNonce() {
        String csp = SecurityHeadersFilter.contentSecurityPolicy("abc123");
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertTrue(csp.contains("script-src 'self' 'nonce-abc123'"), csp);
        assertTrue(csp.contains("style-src 'self' 'nonce-abc123'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertEquals(1, csp.split("base-uri 'self'", -1).length - 1);
    }

    @Test
    void connectSrcAllowsExactlyTheGatewaysOwnSocket() {
        SecurityHeadersPolicy plain = SecurityHeadersPolicy.fromConfig(key -> java.util.Optional.ofNullable(
                java.util.Map.of(SecurityHeadersPolicy.PUBLIC_BASE_URL_KEY, "http://Gateway.example:9080/").get(key)));
        assertTrue(SecurityHeadersFilter.contentSecurityPolicy("n", plain.connectSources())
                .contains("connect-src 'self' ws://gateway.example:9080/ws; "));
        SecurityHeadersPolicy tls = SecurityHeadersPolicy.fromConfig(key -> java.util.Optional.ofNullable(
                java.util.Map.of(SecurityHeadersPolicy.PUBLIC_BASE_URL_KEY, "https://gateway.example").get(key)));
        assertEquals("'self' wss://gateway.example/ws", tls.connectSources());
        assertEquals("'self'", SecurityHeadersPolicy.defaults().connectSources());
        assertFalse(SecurityHeadersFilter.contentSecurityPolicy("n").contains("ws:"), "no scheme-wide ws: source");
    }
}
