package io.algogate.gateway.infrastructure.web;

import io.algogate.security.filters.ApiKeyFilter;
import io.algogate.security.filters.ApiKeyRateLimitFilter;
import io.algogate.security.filters.CanonicalPathFilter;
import io.algogate.security.filters.CorsFilter;
import io.algogate.security.filters.CsrfOriginFilter;
import io.algogate.security.filters.IpBanFilter;
import io.algogate.security.filters.IpRateLimitFilter;
import io.algogate.security.filters.RequestContextFilter;
import io.algogate.security.filters.RequestLimitsFilter;
import io.algogate.security.filters.ScanDetectionFilter;
import io.algogate.security.filters.SecurityHeadersFilter;
import io.algogate.security.filters.SessionFilter;
import io.algogate.security.filters.StreamPortFilter;
import io.algogate.security.filters.TrafficLogFilter;
import jakarta.servlet.Filter;
import java.util.List;

/**
 * The security layers this gateway installs. Their order is not decided here but by
 * {@link io.algogate.security.filters.FilterSlot}; a layer listed here without a slot there stops
 * the application from starting.
 */
final class SecurityChain {

    static final List<Class<? extends Filter>> FILTERS = List.of(
            RequestContextFilter.class,
            TrafficLogFilter.class,
            SecurityHeadersFilter.class,
            CanonicalPathFilter.class,
            IpBanFilter.class,
            StreamPortFilter.class,
            CorsFilter.class,
            IpRateLimitFilter.class,
            RequestLimitsFilter.class,
            SessionFilter.class,
            CsrfOriginFilter.class,
            ApiKeyFilter.class,
            ApiKeyRateLimitFilter.class,
            ScanDetectionFilter.class);

    private SecurityChain() {
    }
}
