package io.algogate.security.filters;

import jakarta.servlet.Filter;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one place that fixes the order of the security filter chain. Positions leave gaps of 100 so a
 * layer can be added between two others without renumbering; a filter class that is not listed here
 * cannot be registered (see {@link OrderedFilterRegistrar}).
 *
 * <p>The planned chain, of which later layers take the gaps: request context (100), traffic log (200),
 * security headers (300), IP ban (400), CORS (500), IP rate limit (600), request limits (700), session
 * (800), CSRF (900), API key (1000), per-key rate limit (1100), scan detection (1200).
 */
public enum FilterSlot {
    REQUEST_CONTEXT(100, RequestContextFilter.class),
    SECURITY_HEADERS(300, SecurityHeadersFilter.class);

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
