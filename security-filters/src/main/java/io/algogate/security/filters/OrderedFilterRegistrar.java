package io.algogate.security.filters;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Registers the security filters with the servlet container in {@link FilterSlot} order, so the
 * container creates them (and CDI injects their ports). Refuses a filter without a slot, or twice
 * the same filter, by throwing: the application then fails to start, which is the point.
 */
public final class OrderedFilterRegistrar {

    /**
     * The chain runs once per client request. Error pages and view forwards happen inside that
     * dispatch, so they already carry what the chain set (headers, nonce); running the layers again
     * on them would count and check the same request twice.
     */
    private static final EnumSet<DispatcherType> DISPATCHES = EnumSet.of(DispatcherType.REQUEST);

    private OrderedFilterRegistrar() {
    }

    /** The slots of the given filters in chain order; throws if any filter has no slot. */
    public static List<FilterSlot> chainOrder(Collection<Class<? extends Filter>> filters) {
        List<FilterSlot> slots = new ArrayList<>();
        Set<Class<? extends Filter>> seen = new HashSet<>();
        for (Class<? extends Filter> filter : filters) {
            if (!seen.add(filter)) {
                throw new IllegalStateException("Security filter " + filter.getName() + " is listed twice");
            }
            slots.add(FilterSlot.of(filter).orElseThrow(() -> new IllegalStateException(
                    "Security filter " + filter.getName() + " has no slot in " + FilterSlot.class.getName()
                            + ": add one there, so its position in the chain is explicit")));
        }
        slots.sort(Comparator.comparingInt(FilterSlot::position));
        return List.copyOf(slots);
    }

    /** Registers the filters on every path, in chain order, and returns that order. */
    public static List<FilterSlot> register(ServletContext context, Collection<Class<? extends Filter>> filters) {
        List<FilterSlot> order = chainOrder(filters);
        for (FilterSlot slot : order) {
            FilterRegistration.Dynamic registration = context.addFilter(slot.filterName(), slot.filterClass());
            if (registration == null) {
                throw new IllegalStateException("Filter " + slot.filterName() + " was already registered");
            }
            registration.setAsyncSupported(true);
            registration.addMappingForUrlPatterns(DISPATCHES, true, "/*");
        }
        return order;
    }
}
