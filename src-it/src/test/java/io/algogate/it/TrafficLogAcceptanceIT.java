package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Control;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's acceptance for the traffic log: 1,000 requests give 1,000 rows once the queue has drained,
 * each with its client, method, path, status and duration; and while the logs database is stalled
 * (its traffic_log table locked by the test control), requests stay fast and the drop counter rises.
 * The IT server's queue holds 1,500 records (ALGOGATE_TRAFFIC_LOG_QUEUE_CAPACITY in src-it's pom).
 */
class TrafficLogAcceptanceIT {

    private static final int REQUESTS = 1_000;

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
    }

    @Test
    void aThousandRequestsGiveAThousandRowsWithTheirFields() {
        Control.post("/__test/traffic/flush");
        WebClient client = new WebClient();
        for (int i = 0; i < REQUESTS; i++) {
            HttpResponse<String> response = client.get("/app/login?n=" + i);
            assertEquals(200, response.statusCode());
        }
        Control.post("/__test/traffic/flush");

        List<JsonObject> mine = entriesOf(client.address());

        assertEquals(REQUESTS, mine.size());
        for (JsonObject entry : mine) {
            assertEquals("GET", entry.getString("method"));
            assertEquals("/app/login", entry.getString("path"), "the path without its query");
            assertEquals(200, entry.getInt("status"));
            assertTrue(entry.getJsonNumber("duration_ms").longValue() >= 0);
            assertTrue(entry.isNull("user_id"));
        }
    }

    @Test
    void aStalledLogsDatabaseDoesNotSlowRequestsTheDropCounterRisesInstead() throws Exception {
        WebClient client = new WebClient();
        long[] before = timeRequests(client, 200, 1);
        long droppedBefore = Control.counters().getJsonNumber("trafficDropped").longValue();

        JsonObject stall = Json.parse(Control.post("/__test/traffic/stall"));
        assertTrue(stall.getBoolean("stalled"), "the traffic_log table is locked");
        long[] during;
        try {
            during = timeRequests(client, 3_000, 4);
        } finally {
            Control.post("/__test/traffic/unstall");
        }
        long droppedAfter = Control.counters().getJsonNumber("trafficDropped").longValue();
        Control.post("/__test/traffic/flush");

        assertTrue(droppedAfter - droppedBefore >= 500,
                "3,000 requests into a queue of 1,500 while nothing is written (one batch of 500 taken): dropped " + (droppedAfter - droppedBefore));
        long medianBefore = percentile(before, 50);
        long medianDuring = percentile(during, 50);
        long p99During = percentile(during, 99);
        assertTrue(medianDuring <= Math.max(50, 5 * medianBefore),
                "median " + medianDuring + " ms while stalled, " + medianBefore + " ms before");
        assertTrue(p99During < 1_000, "99th percentile " + p99During + " ms while stalled");
    }

    /** Each request's time in ms, sent by {@code threads} threads. */
    private static long[] timeRequests(WebClient client, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> times = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                times.add(pool.submit(() -> {
                    long started = System.nanoTime();
                    HttpResponse<String> response = client.get("/app/login");
                    assertEquals(200, response.statusCode());
                    return (System.nanoTime() - started) / 1_000_000;
                }));
            }
            long[] millis = new long[count];
            for (int i = 0; i < count; i++) {
                millis[i] = times.get(i).get();
            }
            return millis;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    /**
     * Every traffic row of this client address, paging through the admin API newest first. Rows
     * logged meanwhile (the admin's own requests) shift the pages, so a row can come twice: by id once.
     */
    private static List<JsonObject> entriesOf(String address) {
        Admin admin = new Admin();
        Map<Long, JsonObject> mine = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = admin.browser().get("/admin/api/traffic?size=500&page=" + page);
            assertEquals(200, response.statusCode(), response.body());
            List<JsonObject> entries = Json.parse(response.body()).getJsonArray("entries").getValuesAs(JsonObject.class);
            entries.stream().filter(entry -> entry.getString("client_ip").equals(address))
                    .forEach(entry -> mine.putIfAbsent(entry.getJsonNumber("id").longValue(), entry));
            if (entries.size() < 500) {
                return List.copyOf(mine.values());
            }
        }
    }
}
