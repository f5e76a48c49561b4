package io.algogate.gateway.infrastructure.plugins;

import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import io.algogate.gateway.support.InMemoryPluginSecrets;
import io.algogate.gateway.support.InMemoryPluginState;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What CDI would inject into a {@link BrokerPluginHost} for its plugins' stores, in memory. */
final class PluginHostFixtures {

    /** 1,000 PBKDF2 iterations: the test needs a cipher, not a slow one. */
    static final SecretCipher CIPHER = new SecretCipher("k".repeat(40),
            "0123456789abcdef".getBytes(StandardCharsets.US_ASCII), 1_000);

    private PluginHostFixtures() {
    }

    static void giveStores(BrokerPluginHost host) {
        host.pluginState = new InMemoryPluginState();
        host.pluginSecrets = new InMemoryPluginSecrets();
        host.crypto = new GatewayCrypto(null, null, CIPHER);
        host.brokerSessions = brokerId -> Optional.empty();
        host.instrumentSinks = brokerId -> {
            throw new UnsupportedOperationException("no instrument master in this test");
        };
    }
}
