package io.algogate.gateway.application;

import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.infrastructure.config.MapSettings;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.gateway.support.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ban and tracking services wired as CDI would, over in-memory repositories and a hand-moved clock. */
final class SecurityServices {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T09:00:00Z"));
    final InMemoryRepository.Bans banRows = new InMemoryRepository.Bans();
    final InMemoryRepository.NotFoundTracks notFoundRows = new InMemoryRepository.NotFoundTracks();
    final InMemoryRepository.InvalidKeyTracks invalidKeyRows = new InMemoryRepository.InvalidKeyTracks();
    final ConfiguredNeverBanPolicy neverBan = new ConfiguredNeverBanPolicy();
    final BanService bans = new BanService();
    final ScanTrackingService scans = new ScanTrackingService();
    final InvalidKeyTrackingService invalidKeys = new InvalidKeyTrackingService();
    /** The audit trail's events, as "TYPE client detail". */
    final List<String> audited = new ArrayList<>();

    SecurityServices() {
        this(Map.of());
    }

    SecurityServices(Map<String, String> configuration) {
        MapSettings settings = new MapSettings(configuration);
        neverBan.settings = settings;
        neverBan.init();

        bans.repository = banRows;
        bans.neverBan = neverBan;
        bans.settings = settings;
        bans.clock = clock;
        bans.events = new SecurityEventLog() {
            @Override
            public void record(SecurityEvent.Type type, String username, String clientIp, String detail) {
                audited.add(type + " " + clientIp + " " + detail);
            }
        };
        bans.init();

        scans.tracks = notFoundRows;
        wire(scans, settings);
        invalidKeys.tracks = invalidKeyRows;
        wire(invalidKeys, settings);
    }

    private void wire(ClientHitTracking<?> tracking, MapSettings settings) {
        tracking.banService = bans;
        tracking.neverBan = neverBan;
        tracking.settings = settings;
        tracking.clock = clock;
        tracking.init();
    }
}
