package io.algogate.security.filters;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * Finds the client's address behind reverse proxies without letting a client choose it: proxy
 * headers are believed only when the socket's peer is a configured trusted proxy. Otherwise anyone
 * could send {@code X-Forwarded-For: 203.0.113.7} and dodge bans and rate limits, or frame another
 * address. With no trusted proxies (the default) the headers are never read.
 *
 * <p>Headers are tried in the configured order; a missing or invalid one passes to the next. For
 * {@code X-Forwarded-For} the answer is the right-most hop that is not itself a trusted proxy: each
 * proxy appends the address it saw, so hops to the left of the first untrusted one were written by
 * the client and prove nothing.
 */
public final class ProxyAwareClientIpResolver implements ClientIpResolver {

    /** OpenAlgo's order (behaviour notes 3.8). */
    public static final List<String> DEFAULT_HEADERS =
            List.of("CF-Connecting-IP", "True-Client-IP", "X-Real-IP", "X-Forwarded-For", "X-Client-IP");

    private static final String FORWARDED_FOR = "x-forwarded-for";

    private final List<IpAddresses.Cidr> trustedProxies;
    private final List<String> headers;

    public ProxyAwareClientIpResolver(List<IpAddresses.Cidr> trustedProxies, List<String> headers) {
        this.trustedProxies = List.copyOf(trustedProxies);
        this.headers = List.copyOf(headers);
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        Optional<InetAddress> peerAddress = IpAddresses.parse(peer);
        if (peerAddress.isEmpty()) {
            return peer; // not an address we can judge (e.g. a Unix socket): trust no header either
        }
        if (isTrusted(peerAddress.get())) {
            for (String header : headers) {
                Optional<InetAddress> fromHeader = FORWARDED_FOR.equals(AsciiCase.lower(header))
                        ? rightMostUntrustedHop(request, header)
                        : IpAddresses.parse(request.getHeader(header));
                if (fromHeader.isPresent()) {
                    return IpAddresses.toText(fromHeader.get());
                }
            }
        }
        return IpAddresses.toText(peerAddress.get());
    }

    /**
     * Walks the hops from the right, over every {@code X-Forwarded-For} line in order. An invalid hop
     * ends the walk with no answer: what lies left of it cannot be attributed. If every hop is a
     * trusted proxy, the left-most is the client (an internal caller).
     */
    private Optional<InetAddress> rightMostUntrustedHop(HttpServletRequest request, String header) {
        Enumeration<String> lines = request.getHeaders(header);
        if (lines == null) {
            return Optional.empty();
        }
        List<String> hops = new ArrayList<>();
        for (String line : Collections.list(lines)) {
            for (String hop : line.split(",")) {
                hops.add(hop);
            }
        }
        Optional<InetAddress> leftMostSoFar = Optional.empty();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpAddresses.parse(hops.get(i));
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            if (!isTrusted(hop.get())) {
                return hop;
            }
            leftMostSoFar = hop;
        }
        return leftMostSoFar;
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(cidr -> cidr.contains(address));
    }
}
