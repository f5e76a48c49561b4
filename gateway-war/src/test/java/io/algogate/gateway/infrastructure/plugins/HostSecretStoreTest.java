package io.algogate.gateway.infrastructure.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.PluginSecret;
import io.algogate.gateway.infrastructure.crypto.KeyMaterial;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import io.algogate.gateway.support.InMemoryPluginSecrets;
import io.algogate.gateway.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plugin's secret store: encrypted at rest, private to the plugin, readable across a key rotation. */
class HostSecretStoreTest {

    private static final KeyMaterial OLD = new KeyMaterial("o".repeat(40), "0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final KeyMaterial NEW = new KeyMaterial("n".repeat(40), "fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    private static final SecretCipher BEFORE = new SecretCipher(OLD, List.of(), 1_000);
    private static final SecretCipher DURING = new SecretCipher(NEW, List.of(OLD), 1_000);
    private static final String TOKEN = "kite-access-token-3f9a";

    private final InMemoryPluginSecrets rows = new InMemoryPluginSecrets();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));

    @Test
    void aSecretIsStoredOnlyEncryptedAndReadBackInClear() {
        HostSecretStore kite = new HostSecretStore("kite", rows, BEFORE, clock);

        kite.put("access_token", TOKEN);

        PluginSecret stored = rows.rows().get(0);
        assertEquals("kite", stored.getPluginId());
        assertFalse(stored.getValueEncrypted().contains(TOKEN), "no clear text at rest");
        assertTrue(stored.getValueEncrypted().startsWith(BEFORE.keyId() + ":"), "a SecretCipher envelope");
        assertEquals(Optional.of(TOKEN), kite.get("access_token"));
    }

    @Test
    void onePluginCannotReadOrRemoveAnothersSecrets() {
        HostSecretStore kite = new HostSecretStore("kite", rows, BEFORE, clock);
        HostSecretStore sandbox = new HostSecretStore("sandbox", rows, BEFORE, clock);
        kite.put("access_token", TOKEN);

        assertEquals(Optional.empty(), sandbox.get("access_token"));
        sandbox.remove("access_token");
        assertEquals(Optional.of(TOKEN), kite.get("access_token"));

        kite.remove("access_token");
        assertEquals(Optional.empty(), kite.get("access_token"));
    }

    @Test
    void aSecretStoredUnderThePreviousKeyStillReadsDuringARotation() {
        new HostSecretStore("kite", rows, BEFORE, clock).put("api_secret", TOKEN);

        HostSecretStore afterRestart = new HostSecretStore("kite", rows, DURING, clock);

        assertEquals(Optional.of(TOKEN), afterRestart.get("api_secret"));
        afterRestart.put("api_secret", TOKEN);
        assertTrue(DURING.isUnderCurrentKey(rows.rows().get(0).getValueEncrypted()), "a new write uses the new key");
    }
}
