/**
 * Infrastructure: what the domain and application need from the outside world, made concrete
 * (JPA repositories, hashing and encryption, configuration, the clock, the broker plugin host,
 * the wiring of the security filter chain).
 */
package io.algogate.gateway.infrastructure;
