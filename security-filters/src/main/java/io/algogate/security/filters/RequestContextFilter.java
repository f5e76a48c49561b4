package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Stops requests from being untraceable or attributed to the wrong client: gives each request an id
 * (echoed in {@code X-Request-Id}) and resolves the client address once, through the
 * {@link ClientIpResolver} port, for every later layer to use.
 *
 * <p>An incoming {@code X-Request-Id} is kept only if it is short and plain, so a client cannot
 * inject text into logs through it.
 */
public final class RequestContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final SecureRandom ID_SEED = new SecureRandom();
    private static final long REQUEST_ID_PREFIX = ID_SEED.nextLong();
    private static final AtomicLong REQUEST_ID_COUNTER = new AtomicLong(ID_SEED.nextLong());
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Inject
    private transient ClientIpResolver clientIpResolver;

    public RequestContextFilter() {
    }

    RequestContextFilter(ClientIpResolver clientIpResolver) {
        this.clientIpResolver = clientIpResolver;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = requestIdOf(request);
        request.setAttribute(RequestContext.REQUEST_ID_ATTRIBUTE, requestId);
        String clientIp = resolver().resolve(request);
        request.setAttribute(RequestContext.CLIENT_IP_ATTRIBUTE, clientIp);
        request.setAttribute(RequestContext.CLIENT_KEY_ATTRIBUTE, IpAddresses.clientKey(clientIp));
        response.setHeader(REQUEST_ID_HEADER, requestId);
        RequestContext.enter(request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestContext.leave();
        }
    }

    private ClientIpResolver resolver() {
        return clientIpResolver == null ? ClientIpResolver.peerAddress() : clientIpResolver;
    }

    private static String requestIdOf(HttpServletRequest request) {
        String offered = request.getHeader(REQUEST_ID_HEADER);
        if (offered != null && SAFE_REQUEST_ID.matcher(offered).matches()) {
            return offered;
        }
        // A correlation id, not a secret: UUID-shaped, unique per process (random start, then a counter),
        // without randomUUID()'s per-call SecureRandom, which serialises every request on one lock.
        return new UUID(REQUEST_ID_PREFIX, REQUEST_ID_COUNTER.incrementAndGet()).toString();
    }
}
