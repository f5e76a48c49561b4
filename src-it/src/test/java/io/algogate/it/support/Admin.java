package io.algogate.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The admin's security REST resource, used as the dashboard will: logged in, with the CSRF header. */
public final class Admin {

    private final WebClient browser = new WebClient();

    public Admin() {
        Installation.apiKey();
        assertEquals(303, Installation.logIn(browser, Installation.PASSWORD).statusCode());
        assertEquals(200, browser.get("/app/dashboard").statusCode());
    }

    public WebClient browser() {
        return browser;
    }

    public HttpResponse<String> ban(String address, String reason, int hours) {
        return send("POST", "/admin/api/bans", "{\"ip\":\"" + address + "\",\"reason\":\"" + reason + "\",\"hours\":"
                + hours + "}");
    }

    public HttpResponse<String> unban(String address) {
        return send("DELETE", "/admin/api/bans/" + address, null);
    }

    public JsonArray bans() {
        HttpResponse<String> response = browser.get("/admin/api/bans");
        assertEquals(200, response.statusCode(), response.body());
        return Json.parseArray(response.body());
    }

    public JsonObject ban(String address) {
        return bans().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("clientKey").equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no ban for " + address));
    }

    public JsonObject trackers() {
        HttpResponse<String> response = browser.get("/admin/api/trackers");
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    /** Polls (at most 30 s) until the admin's status says the instrument master is downloaded and not empty. */
    public JsonObject awaitInstrumentMaster() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        JsonObject status = Json.parse(browser.get("/admin/api/instruments").body());
        while (!(status.getString("status").equals("success") && status.getJsonNumber("count").longValue() > 0)
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = Json.parse(browser.get("/admin/api/instruments").body());
        }
        assertEquals("success", status.getString("status"), status.toString());
        return status;
    }

    /**
     * Downloads the master again and waits for it: other ITs move the clock across days, and the
     * sandbox lists the contracts of the gateway's current day.
     */
    public JsonObject refreshInstrumentMaster() throws InterruptedException {
        awaitInstrumentMaster();
        HttpResponse<String> refresh = send("POST", "/admin/api/instruments/refresh", null);
        assertEquals(202, refresh.statusCode(), refresh.body());
        return awaitInstrumentMaster();
    }

    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ItServer.http(path))
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow().getValue())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return browser.send(request);
    }
}
