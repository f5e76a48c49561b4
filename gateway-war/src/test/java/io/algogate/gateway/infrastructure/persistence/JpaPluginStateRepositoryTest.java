package io.algogate.gateway.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one piece of the JPA store with logic of its own: a key prefix as a LIKE pattern. */
class JpaPluginStateRepositoryTest {

    @Test
    void likeWildcardsInAPrefixMatchOnlyThemselves() {
        assertEquals("orders/%", JpaPluginStateRepository.likePrefix("orders/"));
        assertEquals("a!_b!%c!!%", JpaPluginStateRepository.likePrefix("a_b%c!"));
        assertEquals("%", JpaPluginStateRepository.likePrefix(""));
    }
}
