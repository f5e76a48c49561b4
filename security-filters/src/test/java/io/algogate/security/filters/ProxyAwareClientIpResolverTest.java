package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyAwareClientIpResolverTest {

    private static final List<IpAddresses.Cidr> LOOPBACK_PROXY = IpAddresses.parseList("127.0.0.1/32");
    private final ProxyAwareClientIpResolver trustingLoopback =
            new ProxyAwareClientIpResolver(LOOPBACK_PROXY, ProxyAwareClientIpResolver.DEFAULT_HEADERS);

    @Test
    void spoofedForwardedForFromAnUntrustedPeerChangesNothing() {
        ServletFakes.Request request = new ServletFakes.Request().remoteAddr("127.0.0.2")
                .header("X-Forwarded-For", "203.0.113.7").header("CF-Connecting-IP", "203.0.113.8");
        assertEquals("127.0.0.2", trustingLoopback.resolve(request.build()));
    }

    @Test
    void withNoTrustedProxyHeadersAreNeverBelieved() {
        ProxyAwareClientIpResolver trustingNobody =
                new ProxyAwareClientIpResolver(List.of(), ProxyAwareClientIpResolver.DEFAULT_HEADERS);
        ServletFakes.Request request = new ServletFakes.Request().remoteAddr("127.0.0.1")
                .header("X-Forwarded-For", "203.0.113.7");
        assertEquals("127.0.0.1", trustingNobody.resolve(request.build()));
    }

    @Test
    void forwardedForFromATrustedProxyIsUsed() {
        ServletFakes.Request request = new ServletFakes.Request().remoteAddr("127.0.0.1")
                .header("X-Forwarded-For", "203.0.113.7");
        assertEquals("203.0.113.7", trustingLoopback.resolve(request.build()));
    }

    @Test
    void theRightMostHopThatIsNoTrustedProxyIsTheClient() {
        ProxyAwareClientIpResolver resolver = new ProxyAwareClientIpResolver(
                IpAddresses.parseList("127.0.0.1/32,10.0.0.0/8"), ProxyAwareClientIpResolver.DEFAULT_HEADERS);
        ServletFakes.Request request = new ServletFakes.Request().remoteAddr("127.0.0.1")
                .header("X-Forwarded-For", "198.51.100.66, 203.0.113.9, 10.0.0.5")
                .header("X-Forwarded-For", "10.1.1.1");
        assertEquals("203.0.113.9", resolver.resolve(request.build()));
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        ServletFakes.Request request = new ServletFakes.Request().remoteAddr("127.0.0.1")
                .header("X-Forwarded-For", "127.0.0.1, 127.0.0.1");
        assertEquals("127.0.0.1", trustingLoopback.resolve(request.build()));
    }

    @Test
    void anInvalidHopSendsTheSearchToTheNextHeader() {
        ServletFakes.Request request = new ServletFakes.Request().remoteAddr("127.0.0.1")
                .header("X-Forwarded-For", "203.0.113.1, evil.example")
                .header("X-Client-IP", "203.0.113.2");
        assertEquals("203.0.113.2", trustingLoopback.resolve(request.build()));
    }

    @Test
    void headersAreTriedInPriorityOrderAndInvalidOnesSkipped() {
        ServletFakes.Request all = new ServletFakes.Request().remoteAddr("127.0.0.1")
                .header("X-Client-IP", "203.0.113.5").header("X-Forwarded-For", "203.0.113.4")
                .header("X-Real-IP", "203.0.113.3").header("True-Client-IP", "203.0.113.2")
                .header("CF-Connecting-IP", "203.0.113.1");
        assertEquals("203.0.113.1", trustingLoopback.resolve(all.build()));

        ServletFakes.Request badFirst = new ServletFakes.Request().remoteAddr("127.0.0.1")
                .header("CF-Connecting-IP", "localhost").header("X-Real-IP", "203.0.113.3:443")
                .header("X-Forwarded-For", "203.0.113.4");
        assertEquals("203.0.113.4", trustingLoopback.resolve(badFirst.build()));
    }

    @Test
    void theHeaderListIsConfigurable() {
        ProxyAwareClientIpResolver realIpOnly = new ProxyAwareClientIpResolver(LOOPBACK_PROXY, List.of("X-Real-IP"));
        ServletFakes.Request request = new ServletFakes.Request().remoteAddr("127.0.0.1")
                .header("CF-Connecting-IP", "203.0.113.1").header("X-Real-IP", "203.0.113.3");
        assertEquals("203.0.113.3", realIpOnly.resolve(request.build()));

        ServletFakes.Request withoutIt = new ServletFakes.Request().remoteAddr("127.0.0.1")
                .header("CF-Connecting-IP", "203.0.113.1");
        assertEquals("127.0.0.1", realIpOnly.resolve(withoutIt.build()));
    }

    @Test
    void answersAreNormalised() {
        ServletFakes.Request mappedPeer = new ServletFakes.Request().remoteAddr("::ffff:127.0.0.1")
                .header("X-Forwarded-For", "::ffff:203.0.113.5");
        assertEquals("203.0.113.5", trustingLoopback.resolve(mappedPeer.build()));

        ServletFakes.Request ipv6 = new ServletFakes.Request().remoteAddr("127.0.0.1")
                .header("X-Real-IP", "[2001:DB8:0:0::7]");
        assertEquals("2001:db8::7", trustingLoopback.resolve(ipv6.build()));

        ServletFakes.Request longPeer = new ServletFakes.Request().remoteAddr("0:0:0:0:0:0:0:1");
        assertEquals("::1", trustingLoopback.resolve(longPeer.build()));
    }
}
