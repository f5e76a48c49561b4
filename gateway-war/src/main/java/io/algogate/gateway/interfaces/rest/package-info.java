/**
 * The OpenAlgo-compatible REST API under {@code /api/v1}: parses and validates JSON requests, calls
 * application services and maps their results and errors to OpenAlgo's response shapes. Entities
 * never leave this layer as responses: it builds JSON from the service results.
 */
package io.algogate.gateway.interfaces.rest;
