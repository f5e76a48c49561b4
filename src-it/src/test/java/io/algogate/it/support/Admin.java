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

    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ItServer.http(path))
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow().getValue())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return browser.send(request);
    }
}
