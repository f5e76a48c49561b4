/** JPA implementations of the domain's repositories, one persistence unit per database (D10). */
package io.algogate.gateway.infrastructure.persistence;
