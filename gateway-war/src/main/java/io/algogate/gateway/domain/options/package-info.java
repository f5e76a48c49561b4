/**
 * Option pricing (Black-76 on the forward, as OpenAlgo's option greeks): pure functions, no I/O, for
 * the options endpoints to build on.
 */
package io.algogate.gateway.domain.options;
