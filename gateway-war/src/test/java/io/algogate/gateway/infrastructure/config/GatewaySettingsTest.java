package io.algogate.gateway.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewaySettingsTest {

    private static Map<String, String> pluginKeys(Map<String, String> configured) {
        return GatewaySettings.keysUnder("algogate.broker.kite.", configured.keySet(),
                name -> Optional.ofNullable(configured.get(name)).filter(v -> !v.isBlank()));
    }

    @Test
    void environmentVariablesBecomeDashedPluginKeys() {
        assertEquals(Map.of("api-key", "k", "base-url", "http://localhost:9190"), pluginKeys(Map.of(
                "ALGOGATE_BROKER_KITE_API_KEY", "k",
                "ALGOGATE_BROKER_KITE_BASE_URL", "http://localhost:9190",
                "ALGOGATE_BROKER_SANDBOX_API_KEY", "not mine",
                "ALGOGATE_BROKER_KITE", "the prefix alone is no key")));
    }

    @Test
    void theDottedFormWinsOverTheEnvironmentForm() {
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put("algogate.broker.kite.api-key", "dotted");
        configured.put("ALGOGATE_BROKER_KITE_API_KEY", "environment");

        assertEquals(Map.of("api-key", "dotted"), pluginKeys(configured));
    }

    @Test
    void blankValuesAndOtherPrefixesAreLeftOut() {
        assertEquals(Map.of("timeout-millis", "2000"), pluginKeys(Map.of(
                "algogate.broker.kite.timeout-millis", "2000",
                "algogate.broker.kite.api-secret", " ",
                "algogate.broker.kiteish.api-key", "x",
                "algogate_broker_kite_api_key", "lower case is not the environment form")));
    }
}
