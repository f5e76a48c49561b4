package io.algogate.gateway.application;

import java.time.Instant;
import java.util.List;

/**
 * A tracked client as the admin view shows it: its hits inside the window and what it tried last
 * (paths for 404s, key prefixes for invalid keys), newest last.
 */
public record TrackerView(String clientKey, int hitsInWindow, List<String> lastTried, Instant updatedAt) {

    public TrackerView {
        lastTried = List.copyOf(lastTried);
    }
}
