package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.algogate.gateway.domain.TrafficLogEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The traffic page's per-path figures. */
class EndpointStatsTest {

    private static TrafficLogEntry request(String path, int status, long millis) {
        return new TrafficLogEntry(Instant.EPOCH, "203.0.113.7", "GET", path, status, millis, null, null);
    }

    @Test
    void countsErrorsAndNearestRankPercentilesPerPathBusiestFirst() {
        List<TrafficLogEntry> entries = new ArrayList<>();
        for (int millis = 1; millis <= 20; millis++) {
            entries.add(request("/api/v1/quotes", millis == 20 ? 500 : 200, millis));
        }
        entries.add(request("/app/login", 403, 7));
        entries.add(request("/app/login", 200, 9));

        List<EndpointStats> stats = EndpointStats.busiest(entries, 10);

        assertEquals(List.of("/api/v1/quotes", "/app/login"), stats.stream().map(EndpointStats::getPath).toList());
        EndpointStats quotes = stats.get(0);
        assertEquals(20, quotes.getCount());
        assertEquals(1, quotes.getErrors());
        assertEquals(10, quotes.getP50Millis());
        assertEquals(19, quotes.getP95Millis());
        EndpointStats login = stats.get(1);
        assertEquals(1, login.getErrors());
        assertEquals(7, login.getP50Millis());
        assertEquals(9, login.getP95Millis());
        assertEquals(1, EndpointStats.busiest(entries, 1).size(), "the limit holds");
    }

    @Test
    void percentileOfOneValueIsThatValueAndOfNoneIsZero() {
        assertEquals(5, EndpointStats.percentile(new long[] {5}, 50));
        assertEquals(5, EndpointStats.percentile(new long[] {5}, 95));
        assertEquals(0, EndpointStats.percentile(new long[0], 95));
    }
}
