package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenAlgo's official Node client (npm {@code openalgo}, installed by the build with {@code npm ci}
 * from src/test/node's lock file) against the running IT server, changed in nothing but its host.
 * The client sends every number as a string ({@code "quantity":"2"}), which is the point: a client
 * written for OpenAlgo works unchanged. {@code client-journey.mjs} prints one JSON line per call;
 * each is asserted here to have OpenAlgo's shape.
 */
class OpenAlgoClientIT {

    private static final Path NODE_DIR = Path.of(System.getProperty("it.node.dir", "src/test/node"));
    private static final long TIMEOUT_SECONDS = 60;

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void theClientPlacesAndCancelsAnOrder() {
        List<JsonObject> calls = journey("place-cancel");

        assertEquals(List.of("placeOrder", "cancelOrder"), names(calls), calls.toString());
        String orderId = assertOrderAnswer(calls.get(0));
        assertEquals(orderId, assertOrderAnswer(calls.get(1)), "cancelorder answers the id it cancelled");
        assertEquals("cancelled", statusInOrderbook(orderId));
    }

    @Test
    void theClientPlacesModifiesAndCancelsAnOrder() {
        List<JsonObject> calls = journey("place-modify-cancel");

        assertEquals(List.of("placeOrder", "modifyOrder", "cancelOrder"), names(calls), calls.toString());
        String orderId = assertOrderAnswer(calls.get(0));
        assertEquals(orderId, assertOrderAnswer(calls.get(1)), "modifyorder answers the same id");
        assertEquals(orderId, assertOrderAnswer(calls.get(2)), "cancelorder answers the same id");
        JsonObject order = orderInOrderbook(orderId);
        assertEquals("cancelled", order.getString("order_status"), order.toString());
        assertEquals(3, order.getJsonNumber("quantity").intValue(), "the modified quantity: " + order);
        assertEquals(101.5, order.getJsonNumber("price").doubleValue(), 1e-9, "the modified price: " + order);
    }

    @Test
    void theClientClosesAPosition() {
        List<JsonObject> calls = journey("close-position");

        assertEquals(List.of("placeOrder", "closePosition"), names(calls), calls.toString());
        assertOrderAnswer(calls.get(0));
        JsonObject closed = success(calls.get(1));
        assertEquals("All Open Positions Squared Off", closed.getString("message"), closed.toString());
    }

    /** {@code {"status":"success","orderid":"<non-blank string>"}} and nothing else but an optional mode. */
    private static String assertOrderAnswer(JsonObject call) {
        JsonObject response = success(call);
        assertTrue(response.containsKey("orderid"), response.toString());
        assertEquals(jakarta.json.JsonValue.ValueType.STRING, response.get("orderid").getValueType(),
                "orderid is a string, as OpenAlgo's: " + response);
        String orderId = response.getString("orderid");
        assertFalse(orderId.isBlank(), response.toString());
        assertTrue(response.keySet().stream().allMatch(k -> List.of("status", "orderid", "mode").contains(k)),
                "only OpenAlgo's fields: " + response);
        return orderId;
    }

    private static JsonObject success(JsonObject call) {
        assertTrue(call.getBoolean("ok"), "the client got a non-2xx answer: " + call);
        JsonObject response = call.getJsonObject("response");
        assertEquals("success", response.getString("status"), response.toString());
        return response;
    }

    private static List<String> names(List<JsonObject> calls) {
        return calls.stream().map(c -> c.getString("call")).toList();
    }

    private static String statusInOrderbook(String orderId) {
        return orderInOrderbook(orderId).getString("order_status");
    }

    private static JsonObject orderInOrderbook(String orderId) {
        String book = new WebClient().postJson("/api/v1/orderbook", "{\"apikey\":\"" + Installation.liveApiKey() + "\"}")
                .body();
        return Json.parse(book).getJsonObject("data").getJsonArray("orders").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("orderid").equals(orderId)).findFirst()
                .orElseThrow(() -> new AssertionError("order " + orderId + " not in the orderbook: " + book));
    }

    /**
     * Users copy hosts with a trailing slash, and the client then posts to {@code //api/v1/...}: the
     * gateway redirects with 308 to the merged path, as OpenAlgo's framework does, and the client
     * follows with the same POST.
     */
    @Test
    void aHostEndingInASlashWorksToo() {
        List<JsonObject> calls = journey("place-cancel", ItServer.http("/").toString());

        assertEquals(List.of("placeOrder", "cancelOrder"), names(calls), calls.toString());
        assertEquals("cancelled", statusInOrderbook(assertOrderAnswer(calls.get(0))));
    }

    /** {@link #journey(String, String)} with the server's host as OpenAlgo's docs write it, no trailing slash. */
    private static List<JsonObject> journey(String journey) {
        return journey(journey, ItServer.http("/").toString().replaceAll("/+$", ""));
    }

    /**
     * Runs {@code node client-journey.mjs <journey>} against the host (the client appends
     * {@code /api/v1/}) with a key with a live broker session; returns its JSON lines.
     */
    private static List<JsonObject> journey(String journey, String host) {
        ProcessBuilder builder = new ProcessBuilder("node", "client-journey.mjs", journey).directory(NODE_DIR.toFile());
        builder.environment().put("OPENALGO_HOST", host);
        builder.environment().put("OPENALGO_API_KEY", Installation.liveApiKey());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process, false));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process, true));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("node " + journey + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String out = stdout.join();
            String err = stderr.join();
            assertEquals(0, process.exitValue(), "node exited with " + process.exitValue() + "\nstdout:\n" + out
                    + "\nstderr:\n" + err);
            List<JsonObject> calls = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    calls.add(Json.parse(line));
                }
            }
            return calls;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run node (is it on the PATH?); npm ci ran in " + NODE_DIR, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(Process process, boolean errors) {
        try {
            byte[] bytes = (errors ? process.getErrorStream() : process.getInputStream()).readAllBytes();
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static {
        if (!Files.isDirectory(NODE_DIR)) {
            throw new IllegalStateException("No Node client project at " + NODE_DIR.toAbsolutePath());
        }
    }
}
