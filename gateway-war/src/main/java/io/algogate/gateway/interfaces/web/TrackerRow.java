package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.TrackerView;
import java.util.List;

/**
 * One tracked client as the security page shows it: its hits in the window and what it tried (paths
 * for 404s, key digests' prefixes for invalid keys). What was tried is the client's text: escaped.
 */
public class TrackerRow {

    private final TrackerView tracker;
    private final String window;

    TrackerRow(TrackerView tracker, String window) {
        this.tracker = tracker;
        this.window = window;
    }

    public String getClient() {
        return tracker.clientKey();
    }

    public int getCount() {
        return tracker.hitsInWindow();
    }

    /** The window the count is over, in words: "24 hours". */
    public String getWindow() {
        return window;
    }

    public List<String> getTried() {
        return tracker.lastTried();
    }

    public String getLastSeen() {
        return DisplayTime.of(tracker.updatedAt());
    }
}
