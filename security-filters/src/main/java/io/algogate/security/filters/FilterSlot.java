package io.algogate.security.filters;

import jakarta.servlet.Filter;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one place that fixes the order of the security filter chain. Positions leave gaps (100 at
 * first, at least 50) so a layer can be added between two others without renumbering; a filter class that is not listed here
 * cannot be registered (see {@link OrderedFilterRegistrar}).
 */
public enum FilterSlot {
    /** Request id, the resolved client address; everything after reads them. */
    REQUEST_CONTEXT(100, RequestContextFilter.class),
    /** Around every layer that may refuse, so each refusal is logged with the status the client got. */
    TRAFFIC_LOG(200, TrafficLogFilter.class),
    /** Headers first, so every rejection below carries them. */
    SECURITY_HEADERS(300, SecurityHeadersFilter.class),
    /** Before anything reads the path: every later layer sees the path the container routes. */
    CANONICAL_PATH(350, CanonicalPathFilter.class),
    /** A banned address costs nothing more than a lookup. */
    IP_BAN(400, IpBanFilter.class),
    /** The stream port serves the socket only; before the limits, which then apply on both ports. */
    STREAM_PORT(450, StreamPortFilter.class),
    /** Preflights are answered before limits, CSRF and keys. */
    CORS(500, CorsFilter.class),
    /** Metered before any body is read or any Argon2 work is done. */
    RATE_LIMIT_IP(600, IpRateLimitFilter.class),
    /** Size and type, and the API body buffered once for the key filter and JAX-RS. */
    REQUEST_LIMITS(700, RequestLimitsFilter.class),
    /** Dashboard session validity and the daily expiry. */
    SESSION(800, SessionFilter.class),
    /** Same-origin check of state-changing dashboard requests (Krazo checks the token). */
    CSRF(900, CsrfOriginFilter.class),
    /** {@code /api/v1/*}: the key becomes a user with a live broker session. */
    API_KEY(1000, ApiKeyFilter.class),
    /** Per key, so clients behind one address do not starve each other. */
    RATE_LIMIT_KEY(1100, ApiKeyRateLimitFilter.class),
    /** Sees the final status: 404s of unauthenticated clients feed the scan tracker. */
    SCAN_DETECTION(1200, ScanDetectionFilter.class);
    private final int position;
    private final Class<? extends Filter> filterClass;

    FilterSlot(int position, Class<? extends Filter> filterClass) {
        this.position = position;
        this.filterClass = filterClass;
    }

    public int position() {
        return position;
    }

    public Class<? extends Filter> filterClass() {
        return filterClass;
    }

    /** The name the filter is registered under in the servlet context. */
    public String filterName() {
        return "algogate-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The slot of a filter class, if it has one. */
    public static Optional<FilterSlot> of(Class<?> filterClass) {
        return Arrays.stream(values()).filter(slot -> slot.filterClass == filterClass).findFirst();
    }
}
