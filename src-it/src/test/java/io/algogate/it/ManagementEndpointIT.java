package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MicroProfile Health and Metrics (D12): Liberty answers them on the management endpoint (loopback,
 * {@code it.mgmt.port} here, 9091 in production) and nowhere else: on the public HTTP, HTTPS and
 * stream ports the paths fall into the application, which does not know them. The metrics count
 * refusals by the layer that refused.
 */
class ManagementEndpointIT {

    private static final int MGMT_PORT = Integer.getInteger("it.mgmt.port", 9190);
    private static final int WS_PORT = Integer.getInteger("it.ws.port", 9265);
    private static final List<String> MANAGEMENT_PATHS = List.of("/health", "/health/live", "/health/ready",
            "/metrics");

    private final WebClient client = new WebClient();

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
    }

    private static URI management(String path) {
        return URI.create("http://127.0.0.1:" + MGMT_PORT + path);
    }

    @Test
    void healthAnswersOnTheManagementEndpoint() {
        HttpResponse<String> ready = client.get(management("/health/ready"));
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject readiness = Json.parse(ready.body());
        assertEquals("UP", readiness.getString("status"));
        JsonObject check = readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("algogate-ready")).findFirst().orElseThrow();
        JsonObject data = check.getJsonObject("data");
        assertEquals("ok", data.getString("database"));
        assertEquals("ok", data.getString("logs-database"));
        assertTrue(data.getString("traffic-log-queue").contains("queued"), data.toString());
        assertTrue(data.getString("broker").startsWith("sandbox"), data.toString());

        HttpResponse<String> live = client.get(management("/health/live"));
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("algogate-live"), live.body());
    }

    @Test
    void healthAndMetricsAreNotServedOnThePublicPorts() {
        for (String path : MANAGEMENT_PATHS) {
            for (URI uri : List.of(ItServer.http(path), ItServer.https(path),
                    URI.create("http://localhost:" + WS_PORT + path))) {
                HttpResponse<String> response = client.get(uri);
                assertEquals(404, response.statusCode(), uri + ": " + response.body());
                assertFalse(response.body().contains("algogate-ready") || response.body().contains("# TYPE"),
                        uri + " must not answer as Liberty's health or metrics");
            }
        }
        assertEquals(404, client.get(management("/app/login")).statusCode(), "the application is not on it");
    }

    @Test
    void metricsCountRequestsByStatusAndRefusalsByLayer() {
        double bansBefore = metric(scrape(), "algogate_filter_refusals_total", "layer=\"ip_ban\"");

        WebClient banned = new WebClient();
        Admin admin = new Admin();
        assertEquals(200, admin.ban(banned.address(), "metrics test", 1).statusCode());
        try {
            assertEquals(403, banned.get("/app/login").statusCode());
            assertEquals(403, banned.get("/app/login").statusCode());
        } finally {
            admin.unban(banned.address());
        }

        String metrics = scrape();
        assertEquals(bansBefore + 2, metric(metrics, "algogate_filter_refusals_total", "layer=\"ip_ban\""));
        assertTrue(metric(metrics, "algogate_requests_total", "status=\"403\"") >= 2, metrics);
        assertTrue(metric(metrics, "algogate_requests_total", "status=\"200\"") >= 1, metrics);
        for (String name : List.of("algogate_order_latency", "algogate_traffic_log_dropped",
                "algogate_argon2_verifications", "algogate_api_key_cache_hit_ratio")) {
            assertTrue(metrics.contains(name), name + " in " + metrics);
        }
    }

    private String scrape() {
        HttpResponse<String> response = client.get(management("/metrics?scope=application"));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** A sample's value, 0 if the series does not exist yet (Prometheus text format). */
    private static double metric(String text, String name, String label) {
        Matcher sample = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)").matcher(text);
        while (sample.find()) {
            if (sample.group(1).contains(label)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        return 0;
    }
}
