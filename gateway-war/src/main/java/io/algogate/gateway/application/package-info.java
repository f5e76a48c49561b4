/**
 * Application services: the use cases (set up, log in, place an order, list orders). They are
 * transaction and security boundaries and the only callers of the domain's repositories; both the
 * REST API and the dashboard call them, so the two cannot drift apart.
 */
package io.algogate.gateway.application;
