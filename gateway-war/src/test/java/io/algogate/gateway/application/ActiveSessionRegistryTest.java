package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActiveSessionRegistryTest {

    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");
    private static final long USER = 1L;

    private final ActiveSessionRegistry registry = new ActiveSessionRegistry();

    private List<String> logIn(String sessionId, int device, Instant at) {
        return registry.register(USER, sessionId, "Browser " + device, "10.0.0." + device, at);
    }

    @Test
    void theSixthLoginEvictsTheOldest() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(List.of(), logIn("s" + i, i, START.plusSeconds(i)));
        }
        assertEquals(List.of("s1"), logIn("s6", 6, START.plusSeconds(6)));

        assertFalse(registry.isRegistered("s1"));
        for (int i = 2; i <= 6; i++) {
            assertTrue(registry.isRegistered("s" + i), "s" + i);
        }
        assertEquals(5, registry.sessions(USER).size());
    }

    @Test
    void oldestIsByLoginOrderEvenWithinOneInstant() {
        for (int i = 1; i <= 6; i++) {
            logIn("s" + i, i, START);
        }
        assertFalse(registry.isRegistered("s1"));
        assertTrue(registry.isRegistered("s2"));
    }

    @Test
    void aNewLoginFromTheSameDeviceReplacesItsEarlierSession() {
        logIn("first", 1, START);
        assertEquals(List.of("first"), logIn("second", 1, START.plusSeconds(1)));
        assertFalse(registry.isRegistered("first"));
        assertEquals(1, registry.sessions(USER).size());
    }

    @Test
    void endOthersKeepsOnlyTheGivenSession() {
        logIn("a", 1, START);
        logIn("b", 2, START);
        logIn("c", 3, START);
        registry.register(2L, "other-user", "Browser", "10.0.0.9", START);

        assertEquals(List.of("a", "c"), registry.endOthers(USER, "b"));

        assertEquals(1, registry.sessions(USER).size());
        assertTrue(registry.isRegistered("b"));
        assertTrue(registry.isRegistered("other-user"), "another user's sessions are untouched");
    }

    @Test
    void endByReferenceEndsOnlyThatSessionOfThatUserAndNeverShowsTheId() {
        logIn("a", 1, START);
        logIn("b", 2, START);
        registry.register(2L, "other-user", "Browser", "10.0.0.9", START);
        String referenceOfB = ActiveSessionRegistry.reference("b");
        assertFalse(referenceOfB.contains("b") && referenceOfB.length() == 1);
        assertTrue(registry.sessions(USER).stream().anyMatch(view -> view.reference().equals(referenceOfB)));

        assertEquals(Optional.empty(), registry.endByReference(USER, ActiveSessionRegistry.reference("other-user")),
                "another user's session is not the admin's to end by this call");
        assertEquals(Optional.of("b"), registry.endByReference(USER, referenceOfB));

        assertFalse(registry.isRegistered("b"));
        assertTrue(registry.isRegistered("a"));
        assertTrue(registry.isRegistered("other-user"));
        assertEquals(Optional.empty(), registry.endByReference(USER, referenceOfB), "ended once");
    }

    @Test
    void endAllEndsEverySessionOfTheUser() {
        logIn("a", 1, START);
        logIn("b", 2, START);
        assertEquals(List.of("a", "b"), registry.endAll(USER));
        assertEquals(List.of(), registry.sessions(USER));
    }

    @Test
    void touchMovesLastSeenAtMostEveryThirtySeconds() {
        logIn("a", 1, START);
        registry.touch("a", START.plusSeconds(29));
        assertEquals(START, registry.sessions(USER).get(0).lastSeenAt());
        registry.touch("a", START.plus(Duration.ofSeconds(30)));
        assertEquals(START.plusSeconds(30), registry.sessions(USER).get(0).lastSeenAt());
        registry.touch("unknown", START.plusSeconds(60));
        assertFalse(registry.isRegistered("unknown"));
    }

    @Test
    void theViewTruncatesTheDeviceAndNeverShowsTheSessionId() {
        registry.register(USER, "secret-session-id", "x".repeat(500), "10.0.0.1", START);
        ActiveSessionView view = registry.sessions(USER).get(0);
        assertEquals(200, view.device().length());
        assertEquals("10.0.0.1", view.clientIp());
        assertEquals(START, view.loginAt());
        assertFalse(view.toString().contains("secret-session-id"));
    }

    @Test
    void logoutRemovesTheSession() {
        logIn("a", 1, START);
        registry.remove("a");
        assertFalse(registry.isRegistered("a"));
        assertEquals(Optional.empty(), registry.userOf("a"));
    }
}
