/**
 * The security filter chain: one final class per layer, each stopping one threat, ordered by the
 * single {@link io.algogate.security.filters.FilterSlot} enum and registered by
 * {@link io.algogate.security.filters.OrderedFilterRegistrar}. Mechanisms the filters need from the
 * application are small interfaces (ports) here, implemented in the gateway.
 */
package io.algogate.security.filters;
