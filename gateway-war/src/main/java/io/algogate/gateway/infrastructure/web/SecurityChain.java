package io.algogate.gateway.infrastructure.web;

import io.algogate.security.filters.RequestContextFilter;
import io.algogate.security.filters.SecurityHeadersFilter;
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
            SecurityHeadersFilter.class);

    private SecurityChain() {
    }
}
