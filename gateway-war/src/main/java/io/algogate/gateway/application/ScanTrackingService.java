package io.algogate.gateway.application;

import io.algogate.gateway.domain.ClientKeyedRepository;
import io.algogate.gateway.domain.IpBan;
import io.algogate.gateway.domain.NotFoundTrack;
import io.algogate.gateway.domain.NotFoundTrackRepository;
import io.algogate.security.filters.ScanTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Scan detection: counts the 404s of a client (the filter reports only unauthenticated ones) and bans
 * it with source {@code 404_detector} when they reach the threshold within the window. Paths that
 * browsers ask for on their own are not counted: a missing favicon is not a scan.
 */
@ApplicationScoped
public class ScanTrackingService extends ClientHitTracking<NotFoundTrack> implements ScanTracker {

    public static final String WINDOW = "algogate.security.scan.window";
    public static final String THRESHOLD = "algogate.security.scan.threshold";
    static final int DEFAULT_THRESHOLD = 20;

    /** OpenAlgo's list, plus our own static files. */
    static final List<String> BROWSER_PATH_PREFIXES = List.of("/favicon", "/robots.txt", "/sitemap", "/manifest",
            "/sw.js", "/.well-known", "/apple-touch-icon", "/service-worker", "/workbox", "/static/");

    @Inject
    NotFoundTrackRepository tracks;

    public ScanTrackingService() {
        super(new Rules(WINDOW, THRESHOLD, DEFAULT_THRESHOLD, IpBan.SOURCE_NOT_FOUND_DETECTOR,
                "Exceeded 404 threshold", "errors"));
    }

    @Override
    public void recordNotFound(String clientKey, String path) {
        String requested = path == null ? "" : path;
        if (BROWSER_PATH_PREFIXES.stream().noneMatch(requested::startsWith)) {
            recordHit(clientKey, track -> track.rememberPath(requested));
        }
    }

    @Override
    protected ClientKeyedRepository<NotFoundTrack> repository() {
        return tracks;
    }

    @Override
    protected NotFoundTrack newTrack(String clientKey, Instant now) {
        return new NotFoundTrack(clientKey, now);
    }

    @Override
    protected List<String> lastTried(NotFoundTrack track) {
        return track.getPaths();
    }
}
