package io.algogate.broker.kite;

import io.algogate.broker.spi.BrokerSession;
import io.algogate.broker.spi.SecretStore;
import io.algogate.broker.tck.TestBrokerContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A host as the gateway would be for the Kite plugin: a clock the test controls, configuration, an
 * in-memory secret store and optionally a stored broker session. No HTTP client is offered, so the
 * plugin builds its own and honours {@code timeout-millis}.
 */
final class KiteTestContext extends TestBrokerContext {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final AtomicReference<BrokerSession> session;

    KiteTestContext(Clock clock, Map<String, String> config, BrokerSession session) {
        super(clock, config, System.getLogger("io.algogate.broker.kite.test"));
        this.session = new AtomicReference<>(session);
    }

    @Override
    public SecretStore secrets() {
        return new SecretStore() {
            @Override
            public void put(String name, String value) {
                secrets.put(name, value);
            }

            @Override
            public Optional<String> get(String name) {
                return Optional.ofNullable(secrets.get(name));
            }

            @Override
            public void remove(String name) {
                secrets.remove(name);
            }
        };
    }

    @Override
    public Optional<BrokerSession> brokerSession() {
        return Optional.ofNullable(session.get());
    }

    /** Does what the gateway does after a login (keeps the session) or at the cut-off (null). */
    void keepSession(BrokerSession replacement) {
        session.set(replacement);
    }

    /** What the plugin stored in its secret store, for assertions. */
    Map<String, String> storedSecrets() {
        return Map.copyOf(secrets);
    }
}
