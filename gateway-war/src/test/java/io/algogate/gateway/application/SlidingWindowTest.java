package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    private static final Instant START = Instant.parse("2026-12-04T00:00:00Z");
    private final SlidingWindow window = new SlidingWindow(Duration.ofHours(24), 3);

    @Test
    void aHitCountsWhileYoungerThanTheWindow() {
        List<Instant> hits = List.of(START);
        assertEquals(1, window.inWindow(hits, START.plus(Duration.ofHours(24)).minusSeconds(1)).size());
        assertEquals(0, window.inWindow(hits, START.plus(Duration.ofHours(24))).size());
    }

    @Test
    void recordingDropsExpiredHitsAndKeepsAtMostTheThreshold() {
        List<Instant> hits = List.of();
        for (int i = 0; i < 5; i++) {
            hits = window.record(hits, START.plusSeconds(i));
        }
        assertEquals(List.of(START.plusSeconds(2), START.plusSeconds(3), START.plusSeconds(4)), hits);
        assertTrue(window.reached(hits));

        List<Instant> later = window.record(hits, START.plus(Duration.ofHours(25)));
        assertEquals(List.of(START.plus(Duration.ofHours(25))), later);
        assertFalse(window.reached(later));
    }

    @Test
    void describesTheWindowInWords() {
        assertEquals("24 hours", ClientHitTracking.describe(Duration.ofHours(24)));
        assertEquals("1 hour", ClientHitTracking.describe(Duration.ofHours(1)));
        assertEquals("90 minutes", ClientHitTracking.describe(Duration.ofMinutes(90)));
        assertEquals("45 seconds", ClientHitTracking.describe(Duration.ofSeconds(45)));
    }
}
