package io.algogate.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IT server's one admin (D1), created through the real setup form the first time a test asks,
 * then shared by every test class in this JVM (the home is fresh per build, so setup runs once).
 */
public final class Installation {

    public static final String USERNAME = "trader";
    public static final String EMAIL = "trader@example.com";
    public static final String PASSWORD = "Tr4der#Pass";
    private static final Pattern API_KEY = Pattern.compile("id=\"api-key\">([0-9a-f]{64})<");

    private static String apiKey;

    private Installation() {
    }

    /** The admin's API key, running setup first if nobody has yet. */
    public static synchronized String apiKey() {
        if (apiKey == null) {
            apiKey = setUp(new WebClient());
        }
        return apiKey;
    }

    /**
     * The key, with a live broker session behind it: other tests move the clock past the daily
     * cut-off, which ends the broker session until the trader logs in again, as the trader would.
     */
    public static synchronized String liveApiKey() {
        String key = apiKey();
        HttpResponse<String> ping = new WebClient().postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}");
        if (ping.statusCode() != 200) {
            assertEquals(303, logIn(new WebClient(), PASSWORD).statusCode(), "re-login");
        }
        return key;
    }

    /** After a test regenerated the key, the others use the new one. */
    public static synchronized void replaceApiKey(String key) {
        apiKey = key;
    }

    public static synchronized boolean isSetUp() {
        return apiKey != null;
    }

    /** Runs setup with the form's CSRF token; returns the key the page shows once. */
    public static synchronized String setUp(WebClient browser) {
        apiKey = submitSetup(browser);
        return apiKey;
    }

    /** Runs setup on whichever server the browser talks to; returns the key the page shows once. */
    public static String submitSetup(WebClient browser) {
        HttpResponse<String> form = browser.get("/app/setup");
        assertEquals(200, form.statusCode(), "setup form: " + form.body());
        HttpResponse<String> done = browser.postForm("/app/setup", Map.of("_csrf", WebClient.csrfToken(form),
                "username", USERNAME, "email", EMAIL, "password", PASSWORD));
        assertEquals(200, done.statusCode(), done.body());
        Matcher key = API_KEY.matcher(done.body());
        if (!key.find()) {
            throw new AssertionError("The setup page shows no API key:\n" + done.body());
        }
        return key.group(1);
    }

    /**
     * Logs the browser in through the login form and returns the response to the POST. A browser that
     * is logged in already is sent on to the dashboard by the login page, so it posts the form with
     * the dashboard's token, as a second login from another tab would.
     */
    public static HttpResponse<String> logIn(WebClient browser, String password) {
        HttpResponse<String> form = browser.get("/app/login");
        if (form.statusCode() == 303) {
            form = browser.get("/app/dashboard");
        }
        assertEquals(200, form.statusCode(), form.body());
        return browser.postForm("/app/login", Map.of("_csrf", WebClient.csrfToken(form),
                "username", USERNAME, "password", password));
    }
}
