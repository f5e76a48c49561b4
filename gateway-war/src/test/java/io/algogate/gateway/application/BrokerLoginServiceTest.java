package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerLogin;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.BrokerSession;
import io.algogate.broker.spi.FormFields;
import io.algogate.broker.spi.LoginField;
import io.algogate.broker.spi.LoginMethod;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import io.algogate.gateway.infrastructure.plugins.LoadedPlugin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's broker login: what reaches the plugin, what is refused first, and the broker switch. */
class BrokerLoginServiceTest {

    private static final BrokerSession OPENED = new BrokerSession("token", Instant.parse("2026-12-05T00:30:00Z"), "AB12");

    private final List<String> calls = new ArrayList<>();
    private final List<SecurityEvent.Type> events = new ArrayList<>();
    private final UserAccount admin = new UserAccount("trader", "trader@example.com", "hash", true, Instant.EPOCH) {
        @Override
        public Long getId() {
            return 1L;
        }
    };
    private BrokerLogin login;
    private BrokerLoginService service;

    @BeforeEach
    void wire() {
        service = new BrokerLoginService();
        service.brokers = new BrokerPluginHost() {
            @Override
            public BrokerPlugin activePlugin() {
                return plugin("kite");
            }

            @Override
            public Optional<BrokerLogin> activeLogin() {
                return Optional.ofNullable(login);
            }

            @Override
            public LoadedPlugin requireInstalled(String id) {
                if (!id.equals("sandbox")) {
                    throw new IllegalArgumentException("No broker plugin has the id '" + id + "'");
                }
                return null; // the service only needs the refusal of unknown ids
            }

            @Override
            public synchronized void activate(String id) {
                calls.add("activate " + id);
            }
        };
        service.sessions = new BrokerSessionService() {
            @Override
            public void establish(long userId, BrokerSession opened) {
                calls.add("establish " + opened.userId());
            }

            @Override
            public void revokeAndWait(long userId) {
                calls.add("revoke");
            }

            @Override
            public void startWithoutBrokerLogin(long userId) {
                calls.add("start without login");
            }
        };
        service.instrumentMaster = new InstrumentMasterService() {
            @Override
            public boolean refreshInBackground() {
                calls.add("instrument master");
                return true;
            }
        };
        service.events = new SecurityEventLog() {
            @Override
            public void record(SecurityEvent.Type type, String username, String clientIp) {
                events.add(type);
            }
        };
    }

    @Test
    void aCallbackWithoutTheIssuedStateNeverReachesTheBroker() {
        login = new RecordingLogin(true);

        for (String returned : new String[] {null, "other-state"}) {
            Map<String, String> params = returned == null ? Map.of("request_token", "rt")
                    : Map.of("request_token", "rt", "state", returned);
            BrokerException refused = assertThrows(BrokerException.class,
                    () -> service.completeOAuth(admin, params, "issued-state", "203.0.113.1"));
            assertEquals(BrokerException.Reason.AUTHENTICATION, refused.reason());
        }
        assertThrows(BrokerException.class, () -> service.completeOAuth(admin,
                Map.of("request_token", "rt", "state", "issued-state"), null, "203.0.113.1"), "no state was issued");

        assertEquals(List.of(), calls);
        assertEquals(List.of(SecurityEvent.Type.BROKER_LOGIN_FAILED, SecurityEvent.Type.BROKER_LOGIN_FAILED,
                SecurityEvent.Type.BROKER_LOGIN_FAILED), events);
    }

    @Test
    void theMatchingStateCompletesTheLoginAndKeepsTheSession() throws Exception {
        login = new RecordingLogin(true);

        service.completeOAuth(admin, Map.of("request_token", "rt", "state", "issued-state"), "issued-state", "203.0.113.1");

        assertEquals(List.of("oauth rt", "establish AB12", "instrument master"), calls);
        assertEquals(List.of(SecurityEvent.Type.BROKER_LOGIN_SUCCEEDED), events);
    }

    @Test
    void aBrokerThatCannotEchoStateIsNotHeldToIt() throws Exception {
        login = new RecordingLogin(false);

        service.completeOAuth(admin, Map.of("code", "c"), "issued-state", "203.0.113.1");

        assertEquals(List.of("oauth null", "establish AB12", "instrument master"), calls);
    }

    @Test
    void aFormLoginPassesOnlyTheDescribedFieldsAndNeedsEachOfThem() throws Exception {
        login = new RecordingLogin(false) {
            @Override
            public LoginMethod loginMethod() {
                return new FormFields(List.of(new LoginField("clientcode", "Client code", false),
                        new LoginField("pin", "PIN", true)));
            }
        };

        BrokerException missing = assertThrows(BrokerException.class,
                () -> service.completeForm(admin, Map.of("clientcode", "AB12"), "203.0.113.1"));
        assertEquals("Enter PIN", missing.getMessage());
        service.completeForm(admin, Map.of("clientcode", " AB12 ", "pin", "1234", "_csrf", "t", "extra", "x"),
                "203.0.113.1");

        assertEquals(List.of("form {clientcode=AB12, pin=1234}", "establish AB12", "instrument master"), calls);
    }

    @Test
    void aSwitchEndsTheOldSessionBeforeTheNewBrokerStarts() {
        service.activate(admin, "sandbox", "203.0.113.1");

        // The new broker needs no login, so its session and its instrument master start at once.
        assertEquals(List.of("revoke", "activate sandbox", "start without login", "instrument master"), calls);
        assertEquals(List.of(SecurityEvent.Type.BROKER_CHANGED), events);
    }

    @Test
    void anUnknownBrokerChangesNothing() {
        assertThrows(IllegalArgumentException.class, () -> service.activate(admin, "nope", "203.0.113.1"));

        assertEquals(List.of(), calls);
    }

    @Test
    void statesAreFreshAndUrlSafe() {
        String first = BrokerLoginService.newState();
        assertNotEquals(first, BrokerLoginService.newState());
        assertTrue(first.matches("[A-Za-z0-9_-]{43}"), first);
    }

    private static BrokerPlugin plugin(String id) {
        return new BrokerPlugin() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public BrokerAdapter create(BrokerContext context) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A redirect login that records what reached it. */
    private class RecordingLogin implements BrokerLogin {
        private final boolean echoesState;

        RecordingLogin(boolean echoesState) {
            this.echoesState = echoesState;
        }

        @Override
        public LoginMethod loginMethod() {
            return new io.algogate.broker.spi.OAuthRedirect("https://broker.example/login");
        }

        @Override
        public boolean echoesState() {
            return echoesState;
        }

        @Override
        public BrokerSession completeOAuth(Map<String, String> callbackParams) {
            calls.add("oauth " + callbackParams.get("request_token"));
            return OPENED;
        }

        @Override
        public BrokerSession completeForm(Map<String, String> fieldValues) {
            calls.add("form " + new java.util.TreeMap<>(fieldValues));
            return OPENED;
        }
    }
}
