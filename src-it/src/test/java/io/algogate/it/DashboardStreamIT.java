package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Identities;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.StreamClient;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's own page opens OpenAlgo's stream with its session, never with the API key: at the
 * handshake of {@code /ws}, a live dashboard session from the gateway's origin authenticates the
 * socket. Without a session (or from no browser, or after logout) a socket must authenticate with a
 * key as before, and another site's Origin is refused even with the session's cookie.
 */
class DashboardStreamIT {

    private static final URI MAIN_SOCKET = URI.create("ws://localhost:" + ItServer.HTTP_PORT + "/ws");
    private static final String OWN_ORIGIN = "http://localhost:" + ItServer.HTTP_PORT;

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.liveApiKey();
    }

    @Test
    void aLiveSessionFromTheOwnOriginAuthenticatesTheSocketAndGetsOrderUpdates() throws Exception {
        WebClient admin = new Admin().browser();
        try (StreamClient socket = StreamClient.connect(MAIN_SOCKET, admin.address(),
                Map.of("Origin", OWN_ORIGIN, "Cookie", admin.cookieHeader()))) {
            JsonObject auth = socket.await(m -> "auth".equals(m.getString("type", "")));
            assertEquals("success", auth.getString("status"), auth.toString());
            assertEquals(Installation.USERNAME, auth.getString("user_id"));
            JsonObject subscribed = socket.request("{\"action\":\"subscribe_orders\"}");
            assertEquals("subscribe_orders", subscribed.getString("type"), subscribed.toString());
            assertEquals("success", subscribed.getString("status"));
        }
        // Were the handshake's user properties shared between sockets, this one would inherit the session's user.
        assertKeylessSocketIsNotAuthenticated(Map.of("Origin", OWN_ORIGIN));
    }

    @Test
    void aSocketWithNoSessionAndNoKeyIsRefusedAndClosedAsBefore() throws Exception {
        assertKeylessSocketIsNotAuthenticated(Map.of("Origin", OWN_ORIGIN));
        assertKeylessSocketIsNotAuthenticated(Map.of());
    }

    @Test
    void theSessionCountsOnlyFromABrowserOnTheGatewaysOwnOrigin() throws Exception {
        WebClient admin = new Admin().browser();
        assertEquals(403, StreamClient.refusal(MAIN_SOCKET, Identities.next(),
                Map.of("Origin", "http://evil.example", "Cookie", admin.cookieHeader())), "another site's page");
        assertKeylessSocketIsNotAuthenticated(Map.of("Cookie", admin.cookieHeader()));
    }

    @Test
    void aLoggedOutSessionNoLongerAuthenticates() throws Exception {
        WebClient admin = new Admin().browser();
        String cookies = admin.cookieHeader();
        String token = WebClient.csrfToken(admin.get("/app/dashboard"));
        assertEquals(303, admin.postForm("/app/logout", Map.of("_csrf", token)).statusCode());
        assertKeylessSocketIsNotAuthenticated(Map.of("Origin", OWN_ORIGIN, "Cookie", cookies));
    }

    /** Anything but ping is NOT_AUTHENTICATED, and the socket is closed with 4401 at the deadline. */
    private static void assertKeylessSocketIsNotAuthenticated(Map<String, String> headers) throws Exception {
        try (StreamClient socket = StreamClient.connect(MAIN_SOCKET, Identities.next(), headers)) {
            JsonObject refused = socket.request("{\"action\":\"subscribe_orders\"}");
            assertEquals("error", refused.getString("status"), refused.toString());
            assertEquals("NOT_AUTHENTICATED", refused.getString("code"), refused.toString());
            StreamClient.Closed closed = socket.closed.get(StreamClient.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(4401, closed.code(), closed.toString());
            assertTrue(socket.drained().stream().noneMatch(m -> "auth".equals(m.getString("type", ""))));
        }
    }
}
