package io.algogate.security.filters;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Port: decides which address a request comes from. The one answer is computed once per request by
 * {@link RequestContextFilter}; every later layer (bans, limits, logs) reads it from there.
 */
@FunctionalInterface
public interface ClientIpResolver {

    /** The client's address in canonical text form. */
    String resolve(HttpServletRequest request);

    /** Trusts nothing but the socket's peer address. */
    static ClientIpResolver peerAddress() {
        return HttpServletRequest::getRemoteAddr;
    }
}
