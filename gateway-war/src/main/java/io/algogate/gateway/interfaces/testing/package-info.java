/**
 * The test profile's control endpoint (decisions D3): moves the gateway's clock and resets caches so
 * black-box tests never sleep. Registered only when {@code algogate.profile=test}.
 */
package io.algogate.gateway.interfaces.testing;
