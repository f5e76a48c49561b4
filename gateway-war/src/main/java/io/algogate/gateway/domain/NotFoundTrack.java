package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A client's recent 404s and the last distinct paths it tried, for scan detection and the admin view. */
@Entity
@Table(name = "scan_trackers")
public class NotFoundTrack extends ClientHitTrack {

    public static final int MAX_PATHS = 20;
    public static final int MAX_PATH_LENGTH = 200;

    /** Newest last, one per line. */
    @Column(name = "paths", nullable = false, length = MAX_PATHS * (MAX_PATH_LENGTH + 1))
    private String paths = "";

    protected NotFoundTrack() {
    }

    public NotFoundTrack(String clientKey, Instant createdAt) {
        super(clientKey, createdAt);
    }

    /** The last distinct paths tried, newest last. */
    public List<String> getPaths() {
        return StoredLists.parseLines(paths);
    }

    /**
     * Remembers a path without its query string (it can carry an API key), with control characters
     * replaced (a line break would split it in two), cut to {@link #MAX_PATH_LENGTH} characters.
     */
    public void rememberPath(String path) {
        String withoutQuery = path.indexOf('?') >= 0 ? path.substring(0, path.indexOf('?')) : path;
        String printable = withoutQuery.replaceAll("\\p{Cntrl}", "?");
        String stored = printable.length() <= MAX_PATH_LENGTH ? printable : printable.substring(0, MAX_PATH_LENGTH);
        if (!stored.isEmpty()) {
            paths = StoredLists.withNewestLine(paths, stored, MAX_PATHS);
        }
    }
}
