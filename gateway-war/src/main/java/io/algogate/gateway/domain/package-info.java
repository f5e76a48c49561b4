/**
 * The domain: entities, the repository interfaces the application needs, and rules that hold
 * whatever the interface (password strength, key format). No JAX-RS, no servlets, no JPA queries.
 */
package io.algogate.gateway.domain;
