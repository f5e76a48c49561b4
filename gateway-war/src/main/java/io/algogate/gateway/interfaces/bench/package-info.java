/**
 * The bench profile's bare endpoint: {@code placeorder} without the security chain, so
 * {@code bench/} can measure what the chain costs. Registered only when
 * {@code algogate.profile=bench}.
 */
package io.algogate.gateway.interfaces.bench;
