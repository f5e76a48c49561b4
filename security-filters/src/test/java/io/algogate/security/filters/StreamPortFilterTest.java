package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamPortFilterTest {

    private static final int STREAM_PORT = 9765;

    private boolean passes(String method, String path, int port, boolean upgrade) throws Exception {
        ServletFakes.Request request = ("GET".equals(method) ? ServletFakes.Request.get(path)
                : ServletFakes.Request.post(path)).localPort(port);
        if (upgrade) {
            request.header("Upgrade", "websocket").header("Connection", "Upgrade");
        }
        ServletFakes.Chain chain = new ServletFakes.Chain();
        ServletFakes.Response response = new ServletFakes.Response();
        new StreamPortFilter(new StreamPortPolicy(STREAM_PORT)).doFilter(request.build(), response.build(), chain);
        if (!chain.called()) {
            assertEquals(404, response.status);
        }
        return chain.called();
    }

    @ParameterizedTest(name = "{0} {1} on {2}, upgrade {3}: passes {4}")
    @CsvSource({
            "GET,  /,                 9765, true,  true",
            "GET,  /ws,               9765, true,  true",
            "GET,  /ws/,              9765, true,  true",
            "GET,  /,                 9765, false, false",
            "GET,  /app/dashboard,    9765, false, false",
            "POST, /api/v1/placeorder, 9765, false, false",
            "GET,  /api/v1/funds,     9765, true,  false",
            "GET,  /ws,               9080, true,  true",
            "GET,  /,                 9080, true,  false",
            "GET,  /,                 9080, false, true",
            "POST, /api/v1/placeorder, 9080, false, true",
    })
    void theStreamPortServesTheSocketOnlyAndTheMainPortsKeepTheirOwnSocketPath(String method, String path, int port,
            boolean upgrade, boolean expected) throws Exception {
        assertEquals(expected, passes(method, path, port, upgrade));
    }

    @Test
    void thePortComesFromConfigurationAndABadOneStopsStartUp() {
        assertEquals(8765, StreamPortPolicy.fromConfig(key -> Optional.empty()).port());
        assertEquals(9765, StreamPortPolicy.fromConfig(key -> Optional.ofNullable(
                Map.of(StreamPortPolicy.PORT_KEY, " 9765 ").get(key))).port());
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> StreamPortPolicy.fromConfig(
                key -> Optional.of("eighty")));
        assertTrue(bad.getMessage().contains(StreamPortPolicy.PORT_KEY), bad.getMessage());
        assertThrows(IllegalStateException.class, () -> StreamPortPolicy.fromConfig(key -> Optional.of("70000")));
    }
}
