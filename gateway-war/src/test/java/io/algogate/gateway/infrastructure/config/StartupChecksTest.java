package io.algogate.gateway.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupChecksTest {

    /** A production configuration that is safe in every respect the profile checks. */
    private static final Map<String, String> SAFE_PRODUCTION = Map.of("algogate.profile", "production",
            "algogate.security.pepper", "configured", "algogate.security.encryption-key", "configured",
            "algogate.security.encryption-salt", "configured",
            "algogate.public-base-url", "https://gateway.example.com",
            "algogate.cors.allowed-origins", "https://app.example.com");

    private static List<String> problems(Map<String, String> values) {
        return StartupChecks.profileProblems(new MapSettings(values));
    }

    private static Map<String, String> safeProductionWith(String key, String value) {
        Map<String, String> values = new java.util.HashMap<>(SAFE_PRODUCTION);
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return values;
    }

    private static List<String> productionProblems(Map<String, String> values) {
        return StartupChecks.profileProblems(new MapSettings(values), List.of("-Xmx512m"), false);
    }

    @Test
    void productionOpensNeitherTheTestNorTheBenchEndpoint() {
        assertFalse(Profile.PRODUCTION.testControls());
        assertFalse(Profile.PRODUCTION.benchEndpoint());
        assertEquals(List.of(), problems(SAFE_PRODUCTION));
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
        assertEquals(List.of(), problems(safeProductionWith("algogate.broker", "kite")));
    }

    @Test
    void productionRefusesGeneratedSecretsOneLineEach() {
        for (String secret : List.of("algogate.security.pepper", "algogate.security.encryption-key",
                "algogate.security.encryption-salt")) {
            List<String> refused = productionProblems(safeProductionWith(secret, null));
            assertEquals(List.of(secret + " is not set: generated secrets are for development only"), refused);
        }
        Map<String, String> none = new java.util.HashMap<>(SAFE_PRODUCTION);
        none.keySet().removeIf(key -> key.startsWith("algogate.security."));
        assertEquals(3, productionProblems(none).size(), productionProblems(none).toString());
    }

    @Test
    void productionRefusesAPlainHttpDashboardUnlessATrustedProxyTerminatesTls() {
        List<String> plain = productionProblems(safeProductionWith("algogate.public-base-url", "http://gw.example"));
        assertEquals(1, plain.size(), plain.toString());
        assertTrue(plain.get(0).startsWith("algogate.public-base-url is 'http://gw.example': the dashboard must not"
                + " be served over plain HTTP"), plain.get(0));
        assertEquals(1, productionProblems(safeProductionWith("algogate.public-base-url", null)).size());

        Map<String, String> behindProxy = safeProductionWith("algogate.public-base-url", "http://gw.example");
        behindProxy.put("algogate.proxy.terminates-tls", "true");
        assertEquals(1, productionProblems(behindProxy).size(), "no trusted proxy configured");
        behindProxy.put("algogate.proxy.trusted-cidrs", "10.0.0.0/8");
        assertEquals(List.of(), productionProblems(behindProxy));
    }

    @Test
    void productionRefusesCorsForAnyOrigin() {
        for (String origins : List.of("*", "https://app.example.com, *")) {
            assertEquals(List.of("algogate.cors.allowed-origins contains '*': name the allowed origins"),
                    productionProblems(safeProductionWith("algogate.cors.allowed-origins", origins)), origins);
        }
    }

    @Test
    void productionRefusesDebugSettings() {
        List<String> debugger = StartupChecks.profileProblems(new MapSettings(SAFE_PRODUCTION),
                List.of("-Xmx512m", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005"), false);
        assertEquals(List.of("the JVM runs with a debugger agent (-agentlib:jdwp): remove it from jvm.options"),
                debugger);
        List<String> logging = StartupChecks.profileProblems(new MapSettings(SAFE_PRODUCTION), List.of(), true);
        assertEquals(1, logging.size());
        assertTrue(logging.get(0).contains("io.algogate loggers log at FINE"), logging.get(0));
        // The same settings pass in development.
        Map<String, String> development = safeProductionWith("algogate.profile", "development");
        development.put("algogate.cors.allowed-origins", "*");
        assertEquals(List.of(), StartupChecks.profileProblems(new MapSettings(development),
                List.of("-agentlib:jdwp=transport=dt_socket"), true));
    }
}
