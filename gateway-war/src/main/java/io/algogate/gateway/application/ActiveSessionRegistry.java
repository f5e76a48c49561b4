package io.algogate.gateway.application;

import io.algogate.gateway.infrastructure.crypto.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dashboard sessions each user has open, at most {@link #MAX_SESSIONS_PER_USER} (OpenAlgo's cap):
 * a sixth login evicts the oldest. A session whose id is not registered here is refused, so ending a
 * session here ends it at its next request, without holding on to container session objects.
 *
 * <p>Kept in memory: D1 has one admin, and dashboard sessions die with the server anyway, so a
 * restart losing the registry loses nothing that still works. An entry leaves on logout, eviction,
 * {@link #endOthers}, {@link #endAll} or {@link #remove}; one whose container session merely timed
 * out stays until then, which the cap keeps bounded.
 */
@ApplicationScoped
public class ActiveSessionRegistry {

    public static final int MAX_SESSIONS_PER_USER = 5;
    public static final int MAX_DEVICE_LENGTH = 200;
    /** OpenAlgo's heartbeat interval: finer last-seen times are not worth a write per request. */
    public static final Duration TOUCH_INTERVAL = Duration.ofSeconds(30);

    private static final int REFERENCE_LENGTH = 12;

    /** {@code order} counts registrations, so "oldest" is exact even for logins in the same instant. */
    private record Entry(long order, long userId, String sessionId, String device, String clientIp,
            Instant loginAt, Instant lastSeenAt) {

        Entry seenAt(Instant now) {
            return new Entry(order, userId, sessionId, device, clientIp, loginAt, now);
        }

        boolean sameDevice(String otherDevice, String otherClientIp) {
            return Objects.equals(device, otherDevice) && Objects.equals(clientIp, otherClientIp);
        }

        ActiveSessionView view() {
            return new ActiveSessionView(reference(sessionId), device, clientIp, loginAt, lastSeenAt);
        }
    }

    /** Guarded by {@code this}: every change touches both the session's and the user's view. */
    private final Map<String, Entry> bySessionId = new HashMap<>();
    private long registrations;

    /**
     * Registers a fresh login and returns the ids of the sessions it displaced: an earlier session of
     * the same device (same User-Agent and address, as OpenAlgo replaces that device's row) and, at the
     * cap, the oldest others. The caller may invalidate them; they are refused from now on regardless.
     */
    public synchronized List<String> register(long userId, String sessionId, String userAgent, String clientIp,
            Instant now) {
        Objects.requireNonNull(sessionId, "sessionId");
        String device = truncate(userAgent);
        List<String> displaced = new ArrayList<>();
        bySessionId.remove(sessionId);
        for (Entry entry : entriesOf(userId)) {
            if (entry.sameDevice(device, clientIp)) {
                bySessionId.remove(entry.sessionId());
                displaced.add(entry.sessionId());
            }
        }
        List<Entry> remaining = entriesOf(userId);
        for (int i = 0; i <= remaining.size() - MAX_SESSIONS_PER_USER; i++) {
            bySessionId.remove(remaining.get(i).sessionId());
            displaced.add(remaining.get(i).sessionId());
        }
        bySessionId.put(sessionId, new Entry(++registrations, userId, sessionId, device, clientIp, now, now));
        return List.copyOf(displaced);
    }

    public synchronized boolean isRegistered(String sessionId) {
        return sessionId != null && bySessionId.containsKey(sessionId);
    }

    /** The user the session belongs to, if it is still registered. */
    public synchronized Optional<Long> userOf(String sessionId) {
        return Optional.ofNullable(sessionId == null ? null : bySessionId.get(sessionId)).map(Entry::userId);
    }

    /** Records that the session was used, at most once per {@link #TOUCH_INTERVAL}. */
    public synchronized void touch(String sessionId, Instant now) {
        Entry entry = sessionId == null ? null : bySessionId.get(sessionId);
        if (entry != null && !now.isBefore(entry.lastSeenAt().plus(TOUCH_INTERVAL))) {
            bySessionId.put(sessionId, entry.seenAt(now));
        }
    }

    /** The user's sessions, oldest login first. */
    public synchronized List<ActiveSessionView> sessions(long userId) {
        return entriesOf(userId).stream().map(Entry::view).toList();
    }

    /** Ends every session of the user but the one given; returns the ids ended. */
    public synchronized List<String> endOthers(long userId, String keepSessionId) {
        List<String> ended = new ArrayList<>();
        for (Entry entry : entriesOf(userId)) {
            if (!entry.sessionId().equals(keepSessionId)) {
                bySessionId.remove(entry.sessionId());
                ended.add(entry.sessionId());
            }
        }
        return List.copyOf(ended);
    }

    /** Ends every session of the user; returns the ids ended. */
    public synchronized List<String> endAll(long userId) {
        return endOthers(userId, null);
    }

    /**
     * Ends the user's session that {@code reference} names (see {@link ActiveSessionView}); returns its
     * id, or empty when the user has no such session. The admin's "end session": the id never leaves.
     */
    public synchronized Optional<String> endByReference(long userId, String reference) {
        Optional<Entry> named = entriesOf(userId).stream()
                .filter(entry -> reference(entry.sessionId()).equals(reference)).findFirst();
        named.ifPresent(entry -> bySessionId.remove(entry.sessionId()));
        return named.map(Entry::sessionId);
    }

    /** The short digest a page may show for a session id, never the id itself. */
    public static String reference(String sessionId) {
        return Digests.sha256Hex(sessionId).substring(0, REFERENCE_LENGTH);
    }

    /** Forgets one session: its logout. */
    public synchronized void remove(String sessionId) {
        if (sessionId != null) {
            bySessionId.remove(sessionId);
        }
    }

    private List<Entry> entriesOf(long userId) {
        return bySessionId.values().stream().filter(entry -> entry.userId() == userId)
                .sorted(Comparator.comparingLong(Entry::order)).toList();
    }

    private static String truncate(String userAgent) {
        if (userAgent == null) {
            return "";
        }
        return userAgent.length() <= MAX_DEVICE_LENGTH ? userAgent : userAgent.substring(0, MAX_DEVICE_LENGTH);
    }
}
