package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedFilterRegistrarTest {

    /** A filter nobody gave a slot. */
    static final class UnslottedFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {
        }
    }

    @Test
    void aFilterWithoutASlotMakesRegistrationFail() {
        List<Class<? extends Filter>> filters = List.of(RequestContextFilter.class, UnslottedFilter.class);
        List<String> registered = new ArrayList<>();

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> OrderedFilterRegistrar.register(recordingContext(registered), filters));

        assertTrue(failure.getMessage().contains(UnslottedFilter.class.getName()), failure.getMessage());
        assertTrue(failure.getMessage().contains("has no slot"), failure.getMessage());
        assertEquals(List.of(), registered, "nothing is registered when the chain is invalid");
    }

    @Test
    void filtersAreRegisteredInSlotOrderWhateverOrderTheyAreGivenIn() {
        List<String> registered = new ArrayList<>();
        OrderedFilterRegistrar.register(recordingContext(registered),
                List.of(SecurityHeadersFilter.class, RequestContextFilter.class));
        assertEquals(List.of("algogate-request-context", "algogate-security-headers"), registered);
    }

    @Test
    void aFilterListedTwiceIsRefused() {
        assertThrows(IllegalStateException.class, () -> OrderedFilterRegistrar.chainOrder(
                List.of(RequestContextFilter.class, RequestContextFilter.class)));
    }

    @Test
    void slotsAreStrictlyIncreasingWithGapsForLaterLayers() {
        int[] positions = Arrays.stream(FilterSlot.values()).mapToInt(FilterSlot::position).toArray();
        for (int i = 1; i < positions.length; i++) {
            assertTrue(positions[i] > positions[i - 1], "enum order is chain order");
            assertTrue(positions[i] - positions[i - 1] >= 50, "room is left between layers for later ones");
        }
    }

    private static ServletContext recordingContext(List<String> registered) {
        FilterRegistration.Dynamic registration = (FilterRegistration.Dynamic) Proxy.newProxyInstance(
                OrderedFilterRegistrarTest.class.getClassLoader(),
                new Class<?>[] {FilterRegistration.Dynamic.class}, (proxy, method, args) -> null);
        return (ServletContext) Proxy.newProxyInstance(OrderedFilterRegistrarTest.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addFilter")) {
                        registered.add((String) args[0]);
                        return registration;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
