package io.algogate.gateway.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupChecksTest {

    private static List<String> problems(Map<String, String> values) {
        return StartupChecks.profileProblems(new MapSettings(values));
    }

    @Test
    void productionOpensNeitherTheTestNorTheBenchEndpoint() {
        assertFalse(Profile.PRODUCTION.testControls());
        assertFalse(Profile.PRODUCTION.benchEndpoint());
        assertEquals(List.of(), problems(Map.of("algogate.profile", "production")));
        assertEquals(List.of(Profile.TEST), Arrays.stream(Profile.values()).filter(Profile::testControls).toList());
        assertEquals(List.of(Profile.BENCH), Arrays.stream(Profile.values()).filter(Profile::benchEndpoint).toList());
    }

    @Test
    void theBenchProfileRunsOnTheSandboxOnLoopback() {
        assertEquals(Profile.BENCH, Profile.parse("bench"));
        assertEquals(List.of(), problems(Map.of("algogate.profile", "bench")));
        assertEquals(List.of(), problems(Map.of("algogate.profile", "bench", "algogate.broker", "sandbox",
                "algogate.public-base-url", "http://127.0.0.1:9480")));
        assertEquals(List.of(), problems(Map.of("algogate.profile", "bench",
                "algogate.public-base-url", "http://[::1]:9480")));
    }

    @Test
    void theBenchProfileRefusesARealBrokerOrAPublicAddress() {
        List<String> broker = problems(Map.of("algogate.profile", "bench", "algogate.broker", "kite"));
        assertEquals(1, broker.size(), broker.toString());
        assertTrue(broker.get(0).contains("algogate.broker must be sandbox"), broker.toString());

        for (String url : List.of("https://gateway.example.com", "http://10.0.0.5:9080", "http://localhost.example.com",
                "not a url")) {
            List<String> address = problems(Map.of("algogate.profile", "bench", "algogate.public-base-url", url));
            assertEquals(1, address.size(), url + ": " + address);
            assertTrue(address.get(0).contains("algogate.public-base-url"), address.toString());
        }
    }

    @Test
    void otherProfilesAreNotHeldToTheBenchRules() {
        assertEquals(List.of(), problems(Map.of("algogate.profile", "test", "algogate.broker", "kite",
                "algogate.public-base-url", "https://gateway.example.com")));
        assertEquals(List.of(), problems(Map.of("algogate.profile", "production", "algogate.broker", "kite",
                "algogate.public-base-url", "https://gateway.example.com")));
    }
}
