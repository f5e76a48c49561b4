package io.algogate.gateway.application;

import io.algogate.gateway.domain.ClientKeyedRepository;
import io.algogate.gateway.domain.InvalidKeyTrack;
import io.algogate.gateway.domain.InvalidKeyTrackRepository;
import io.algogate.gateway.domain.IpBan;
import io.algogate.security.filters.InvalidKeyTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Key-guessing detection: counts a client's invalid API keys and bans it with source
 * {@code api_key_detector} when they reach the threshold within the window. Only a 16-character
 * prefix of each key's SHA-256 is stored (see {@link InvalidKeyTrack#rememberKeyPrefix}).
 */
@ApplicationScoped
public class InvalidKeyTrackingService extends ClientHitTracking<InvalidKeyTrack> implements InvalidKeyTracker {

    public static final String WINDOW = "algogate.security.invalid-key.window";
    public static final String THRESHOLD = "algogate.security.invalid-key.threshold";
    static final int DEFAULT_THRESHOLD = 10;

    @Inject
    InvalidKeyTrackRepository tracks;

    public InvalidKeyTrackingService() {
        super(new Rules(WINDOW, THRESHOLD, DEFAULT_THRESHOLD, IpBan.SOURCE_API_KEY_DETECTOR,
                "Exceeded invalid API key threshold", "attempts"));
    }

    @Override
    public void recordInvalidKey(String clientKey, String keySha256Prefix) {
        recordHit(clientKey, track -> {
            if (keySha256Prefix != null) {
                track.rememberKeyPrefix(keySha256Prefix);
            }
        });
    }

    @Override
    protected ClientKeyedRepository<InvalidKeyTrack> repository() {
        return tracks;
    }

    @Override
    protected InvalidKeyTrack newTrack(String clientKey, Instant now) {
        return new InvalidKeyTrack(clientKey, now);
    }

    @Override
    protected List<String> lastTried(InvalidKeyTrack track) {
        return track.getKeyPrefixes();
    }
}
