/** Wiring of the web layer: the filter chain's registration, Krazo's unwrapper, the filters' ports. */
package io.algogate.gateway.infrastructure.web;
