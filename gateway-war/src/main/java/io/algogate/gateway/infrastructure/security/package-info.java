/** The security layers' policies and mechanisms, built from configuration for the filters to inject. */
package io.algogate.gateway.infrastructure.security;
