package io.algogate.gateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.infrastructure.config.MapSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordHashingSettingsTest {

    @Test
    void defaultsAreOwaspsMinimumAndThreeSeconds() {
        PasswordHashingSettings settings = PasswordHashingSettings.from(new MapSettings(Map.of()));
        assertEquals(new Argon2Parameters(19_456, 2, 1), settings.argon2());
        assertEquals(Duration.ofSeconds(3), settings.maxWait());
    }

    @Test
    void strongerValuesAreTaken() {
        PasswordHashingSettings settings = PasswordHashingSettings.from(new MapSettings(Map.of(
                PasswordHashingSettings.MEMORY_KIB, "65536", PasswordHashingSettings.ITERATIONS, "3",
                PasswordHashingSettings.PARALLELISM, "2", PasswordHashingSettings.MAX_WAIT, "PT1.5S")));
        assertEquals(new Argon2Parameters(65_536, 3, 2), settings.argon2());
        assertEquals(Duration.ofMillis(1_500), settings.maxWait());
    }

    @Test
    void valuesBelowTheMinimumAreRefusedWithTheKeyNamed() {
        assertRefused(PasswordHashingSettings.MEMORY_KIB, "19455");
        assertRefused(PasswordHashingSettings.ITERATIONS, "1");
        assertRefused(PasswordHashingSettings.PARALLELISM, "0");
    }

    @Test
    void nonsenseIsRefusedWithTheKeyNamed() {
        assertRefused(PasswordHashingSettings.MEMORY_KIB, "lots");
        assertRefused(PasswordHashingSettings.MAX_WAIT, "3s");
        assertRefused(PasswordHashingSettings.MAX_WAIT, "PT0S");
    }

    @Test
    void theGatewayRefusesToStartWithAWeakSetting() {
        GatewayCrypto crypto = new GatewayCrypto();
        crypto.settings = new MapSettings(Map.of(PasswordHashingSettings.ITERATIONS, "1"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, crypto::init);
        assertTrue(refused.getMessage().contains(PasswordHashingSettings.ITERATIONS), refused.getMessage());
    }

    private static void assertRefused(String key, String value) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> PasswordHashingSettings.from(new MapSettings(Map.of(key, value))));
        assertTrue(refused.getMessage().contains(key), refused.getMessage());
    }
}
