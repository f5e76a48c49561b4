/** In-memory caches whose expiry follows the gateway's injected clock. */
package io.algogate.gateway.infrastructure.cache;
