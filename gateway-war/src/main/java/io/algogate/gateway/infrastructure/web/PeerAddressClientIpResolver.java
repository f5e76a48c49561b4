package io.algogate.gateway.infrastructure.web;

import io.algogate.security.filters.ClientIpResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The client address is the socket's peer: no proxy header is believed. Trusted proxies (and their
 * headers) come with the filter-chain work; until then nothing a client sends can change its address.
 */
@ApplicationScoped
public class PeerAddressClientIpResolver implements ClientIpResolver {

    @Override
    public String resolve(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
