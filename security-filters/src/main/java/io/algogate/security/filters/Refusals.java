package io.algogate.security.filters;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Which layer refused a request. A refusing filter marks the request before it answers, so the
 * {@link TrafficLogFilter}, which wraps every refusing layer, can count refusals by layer for the
 * metrics ({@link RequestMetrics}) without each filter needing a metrics dependency of its own.
 */
public final class Refusals {

    static final String REFUSED_BY_ATTRIBUTE = "algogate.refusedBy";

    private Refusals() {
    }

    /** Marks the request as refused by this layer; the first mark stands. */
    public static void mark(HttpServletRequest request, FilterSlot layer) {
        if (request.getAttribute(REFUSED_BY_ATTRIBUTE) == null) {
            request.setAttribute(REFUSED_BY_ATTRIBUTE, layer);
        }
    }

    /** The layer that refused the request, if one did. */
    public static Optional<FilterSlot> of(HttpServletRequest request) {
        return request.getAttribute(REFUSED_BY_ATTRIBUTE) instanceof FilterSlot layer
                ? Optional.of(layer) : Optional.empty();
    }
}
