package io.algogate.gateway.domain;

import java.time.Instant;
import java.util.List;

/** The traffic log (D10: the logs database). */
public interface TrafficLogRepository {

    /** Writes the entries in one transaction. */
    void recordAll(List<TrafficLogEntry> entries);

    /** A page of entries, newest first. */
    default List<TrafficLogEntry> newestFirst(int page, int size) {
        return newestFirst(TrafficLogQuery.ALL, page, size);
    }

    /** A page of the entries the query selects, newest first. */
    List<TrafficLogEntry> newestFirst(TrafficLogQuery query, int page, int size);

    long count();

    /** Deletes the entries logged before {@code cutoff} (retention); returns how many. */
    int deleteOlderThan(Instant cutoff);
}
