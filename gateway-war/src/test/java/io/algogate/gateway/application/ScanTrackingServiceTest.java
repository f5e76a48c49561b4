package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.IpBan;
import io.algogate.gateway.domain.NotFoundTrack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanTrackingServiceTest {

    private static final String SCANNER = "198.51.100.23";

    private final SecurityServices services = new SecurityServices();
    private final ScanTrackingService scans = services.scans;

    @Test
    void theTwentieth404BansAndClearsTheCount() {
        for (int i = 1; i <= 19; i++) {
            scans.recordNotFound(SCANNER, "/wp-admin/" + i);
            assertFalse(services.bans.isBanned(SCANNER), "after 404 number " + i);
        }
        scans.recordNotFound(SCANNER, "/.env");
        assertTrue(services.bans.isBanned(SCANNER));

        BanView ban = services.bans.bans().get(0);
        assertEquals(IpBan.SOURCE_NOT_FOUND_DETECTOR, ban.source());
        assertEquals("Exceeded 404 threshold: 20 errors in 24 hours", ban.reason());
        TrackerView tracker = scans.trackers().get(0);
        assertEquals(0, tracker.hitsInWindow());
        assertEquals("/.env", tracker.lastTried().get(tracker.lastTried().size() - 1));
    }

    @Test
    void hitsOlderThanTheWindowNoLongerCount() {
        scans.recordNotFound(SCANNER, "/first");
        services.clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 18; i++) {
            scans.recordNotFound(SCANNER, "/probe");
        }
        services.clock.advance(Duration.ofHours(23));
        scans.recordNotFound(SCANNER, "/twentieth-but-the-first-has-slid-out");
        assertFalse(services.bans.isBanned(SCANNER));
        assertEquals(19, scans.trackers().get(0).hitsInWindow());

        scans.recordNotFound(SCANNER, "/one-more");
        assertTrue(services.bans.isBanned(SCANNER));
    }

    @Test
    void pathsBrowsersAskForDoNotCount() {
        for (int i = 0; i < 5; i++) {
            for (String path : List.of("/favicon.ico", "/robots.txt", "/sitemap.xml", "/manifest.json", "/sw.js",
                    "/.well-known/security.txt", "/apple-touch-icon.png", "/service-worker.js", "/workbox-1.js",
                    "/static/missing.css")) {
                scans.recordNotFound(SCANNER, path);
            }
        }
        assertFalse(services.bans.isBanned(SCANNER));
        assertTrue(scans.trackers().isEmpty());
    }

    @Test
    void protectedClientsAreNotTrackedNorBanned() {
        ScanTrackingService tracking = new SecurityServices(
                Map.of(ConfiguredNeverBanPolicy.NEVER_BAN, "192.0.2.0/24")).scans;
        for (int i = 0; i < 50; i++) {
            tracking.recordNotFound("127.0.0.1", "/x" + i);
            tracking.recordNotFound("::1", "/x" + i);
            tracking.recordNotFound("192.0.2.99", "/x" + i);
        }
        assertTrue(tracking.trackers().isEmpty());
    }

    @Test
    void keepsTheLastTwentyDistinctPathsWithoutQueriesAndCut() {
        ScanTrackingService tracking = new SecurityServices(Map.of(ScanTrackingService.THRESHOLD, "100")).scans;
        for (int i = 0; i < 30; i++) {
            tracking.recordNotFound(SCANNER, "/p" + i);
        }
        tracking.recordNotFound(SCANNER, "/p15");
        tracking.recordNotFound(SCANNER, "/search?apikey=secret");
        tracking.recordNotFound(SCANNER, "/" + "a".repeat(500));
        tracking.recordNotFound(SCANNER, "/line\nbreak");

        List<String> paths = tracking.trackers().get(0).lastTried();
        assertEquals(NotFoundTrack.MAX_PATHS, paths.size());
        assertEquals(List.of("/p15", "/search", "/" + "a".repeat(199), "/line?break"),
                paths.subList(paths.size() - 4, paths.size()));
        assertFalse(paths.stream().anyMatch(p -> p.contains("secret")));
        assertEquals(34, tracking.trackers().get(0).hitsInWindow());
    }

    @Test
    void theWindowAndThresholdAreConfigurable() {
        SecurityServices hourly = new SecurityServices(
                Map.of(ScanTrackingService.THRESHOLD, "3", ScanTrackingService.WINDOW, "PT1H"));
        hourly.scans.recordNotFound(SCANNER, "/a");
        hourly.scans.recordNotFound(SCANNER, "/b");
        hourly.clock.advance(Duration.ofHours(1));
        hourly.scans.recordNotFound(SCANNER, "/c");
        hourly.scans.recordNotFound(SCANNER, "/d");
        assertFalse(hourly.bans.isBanned(SCANNER), "the first two slid out of the hour");
        hourly.scans.recordNotFound(SCANNER, "/e");
        assertEquals(List.of("Exceeded 404 threshold: 3 errors in 1 hour"),
                hourly.bans.bans().stream().map(BanView::reason).toList());
    }

    @Test
    void badSettingsFailNamingTheKey() {
        for (Map<String, String> bad : List.of(Map.of(ScanTrackingService.THRESHOLD, "twenty"),
                Map.of(ScanTrackingService.THRESHOLD, "0"), Map.of(ScanTrackingService.THRESHOLD, "361"),
                Map.of(ScanTrackingService.WINDOW, "1 day"))) {
            String key = bad.keySet().iterator().next();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SecurityServices(bad));
            assertTrue(e.getMessage().contains(key), e.getMessage());
        }
    }
}
