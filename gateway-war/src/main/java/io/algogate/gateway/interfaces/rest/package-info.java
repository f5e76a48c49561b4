/**
 * The OpenAlgo-compatible REST API under {@code /api/v1}: parses and validates JSON requests, calls
 * application services and maps their results and errors to OpenAlgo's response shapes. Entities
 * never leave this layer as responses: it builds JSON from the service results. The resources are
 * application-scoped: they keep no request state (the servlet request reaches them through a
 * {@code @Context} proxy), so none is built and injected per request.
 */
package io.algogate.gateway.interfaces.rest;
