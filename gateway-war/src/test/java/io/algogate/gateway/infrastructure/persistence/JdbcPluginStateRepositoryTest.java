package io.algogate.gateway.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one piece of the JDBC store with logic of its own: a key prefix as a LIKE pattern. */
class JdbcPluginStateRepositoryTest {

    @Test
    void likeWildcardsInAPrefixMatchOnlyThemselves() {
        assertEquals("orders/%", JdbcPluginStateRepository.likePrefix("orders/"));
        assertEquals("a!_b!%c!!%", JdbcPluginStateRepository.likePrefix("a_b%c!"));
        assertEquals("%", JdbcPluginStateRepository.likePrefix(""));
    }
}
