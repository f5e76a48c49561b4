package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.TrafficLogEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One path's figures on the traffic page: requests, errors (status 400 and up) and the median and 95th
 * percentile of the time taken, by the nearest-rank method. A JavaBean for the view.
 */
public class EndpointStats {

    private final String path;
    private final int count;
    private final int errors;
    private final long p50Millis;
    private final long p95Millis;

    EndpointStats(String path, int count, int errors, long p50Millis, long p95Millis) {
        this.path = path;
        this.count = count;
        this.errors = errors;
        this.p50Millis = p50Millis;
        this.p95Millis = p95Millis;
    }

    /** The busiest {@code limit} paths among the entries, busiest first (then by path). */
    static List<EndpointStats> busiest(List<TrafficLogEntry> entries, int limit) {
        Map<String, List<TrafficLogEntry>> byPath = entries.stream()
                .collect(Collectors.groupingBy(TrafficLogEntry::getPath));
        return byPath.entrySet().stream().map(path -> of(path.getKey(), path.getValue()))
                .sorted(Comparator.comparingInt(EndpointStats::getCount).reversed()
                        .thenComparing(EndpointStats::getPath))
                .limit(limit).toList();
    }

    private static EndpointStats of(String path, List<TrafficLogEntry> entries) {
        long[] millis = entries.stream().mapToLong(TrafficLogEntry::getDurationMillis).sorted().toArray();
        int errors = (int) entries.stream().filter(entry -> entry.getStatus() >= 400).count();
        return new EndpointStats(path, entries.size(), errors, percentile(millis, 50), percentile(millis, 95));
    }

    /** The nearest-rank percentile of sorted values: the smallest value with p% of them at or below it. */
    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    public String getPath() {
        return path;
    }

    public int getCount() {
        return count;
    }

    public int getErrors() {
        return errors;
    }

    public long getP50Millis() {
        return p50Millis;
    }

    public long getP95Millis() {
        return p95Millis;
    }
}
