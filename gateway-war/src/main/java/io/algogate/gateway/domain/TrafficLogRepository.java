package io.algogate.gateway.domain;

import java.util.List;

/** The traffic log (D10: the logs database). */
public interface TrafficLogRepository {

    /** Writes the entries in one transaction. */
    void recordAll(List<TrafficLogEntry> entries);

    /** A page of entries, newest first. */
    List<TrafficLogEntry> newestFirst(int page, int size);

    long count();
}
