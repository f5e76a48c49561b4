package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Control;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application log on the running server: secrets the application logs come out redacted in
 * {@code messages.log}, on one line whatever line breaks they carried; Liberty's access log names
 * paths without their query strings; and the retention purge deletes old traffic rows and rotated
 * log files while keeping the live ones.
 */
class ApplicationLogIT {

    private static final Path LOGS = Path.of(System.getProperty("it.log.dir", "target/liberty/wlp/usr/servers/algogate-it/logs"));
    private static final String HEX_KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final WebClient LOOPBACK = new WebClient(null);

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
    }

    @Test
    void secretsInEveryFormAreRedactedAndAForgedLineStaysOnTheRecordsLine() {
        String marker = "redaction-" + UUID.randomUUID();
        String text = marker + " apikey=plain-key-1 password: hunter2 {\"token\":\"tok-3\"} Authorization: Bearer"
                + " jwt.abc.def key " + HEX_KEY + "\r\n[12/5/26 02:00:00:000 UTC] 0000002a AUDIT forged-" + marker;
        HttpResponse<String> logged = LOOPBACK.sendExactly(HttpRequest.newBuilder(ItServer.http("/__test/log"))
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(200, logged.statusCode(), logged.body());

        List<String> lines = awaitLines(LOGS.resolve("messages.log"), marker);

        assertEquals(1, lines.size(), "one record, one line: " + lines);
        String line = lines.get(0);
        for (String secret : List.of("plain-key-1", "hunter2", "tok-3", "jwt.abc.def", HEX_KEY)) {
            assertFalse(line.contains(secret), secret + " in " + line);
        }
        assertTrue(line.contains("apikey=[REDACTED]") && line.contains("password: [REDACTED]")
                && line.contains("\"token\":\"[REDACTED]\"") && line.contains("Bearer [REDACTED]"), line);
        assertTrue(line.contains("\\r\\n[12/5/26"), "the line break is escaped, not written: " + line);
    }

    @Test
    void aRealPathThatLogsItsInputLogsItRedacted() {
        String marker = "csp-" + UUID.randomUUID();
        HttpResponse<String> report = new WebClient().postJson("/csp-report",
                "{\"csp-report\":{\"blocked-uri\":\"https://evil.example/?k=" + HEX_KEY + "\",\"note\":\"" + marker + "\"}}");
        assertEquals(204, report.statusCode());

        String line = awaitLines(LOGS.resolve("messages.log"), marker).get(0);

        assertFalse(line.contains(HEX_KEY), line);
        assertTrue(line.contains("[REDACTED]"), line);
    }

    @Test
    void theAccessLogNamesThePathButNeverTheQueryString() {
        String secret = "querysecret" + UUID.randomUUID().toString().replace("-", "");
        String path = "/app/login";
        assertEquals(200, new WebClient().get(path + "?apikey=" + secret).statusCode());

        Path accessLog = LOGS.resolve("http_access.log");
        List<String> lines = awaitLines(accessLog, "\"GET " + path + "\"");
        assertFalse(lines.isEmpty());
        assertFalse(read(accessLog).contains(secret), "no query string in the access log");
    }

    @Test
    void theRetentionPurgeDeletesOldTrafficRowsAndRotatedLogFilesAndKeepsTheLiveOnes() throws IOException {
        WebClient client = new WebClient();
        assertEquals(200, client.get("/app/login").statusCode());
        Control.post("/__test/traffic/flush");
        Instant now = Control.now();
        // Purge as the server would fifteen days from now: today's traffic is then past the 14 days.
        Instant purgeTime = now.plus(Duration.ofDays(15));
        Path oldRotated = LOGS.resolve("messages_20.01.01_00.00.00.0.log");
        Path recentRotated = LOGS.resolve("messages_20.01.02_00.00.00.0.log");
        Files.writeString(oldRotated, "old\n");
        Files.setLastModifiedTime(oldRotated, FileTime.from(purgeTime.minus(Duration.ofDays(30))));
        Files.writeString(recentRotated, "recent\n");
        Files.setLastModifiedTime(recentRotated, FileTime.from(purgeTime.minus(Duration.ofDays(2))));

        JsonObject purged = Json.parse(Control.post("/__test/retention/purge?at=" + purgeTime));

        assertTrue(purged.getInt("trafficRows") >= 1, purged.toString());
        assertTrue(purged.getInt("logFiles") >= 1, purged.toString());
        assertFalse(Files.exists(oldRotated), "a rotated file older than 14 days is deleted");
        assertTrue(Files.exists(recentRotated), "a rotated file 2 days old at the purge is kept");
        assertTrue(Files.exists(LOGS.resolve("messages.log")), "the live log is kept");
        Files.deleteIfExists(recentRotated);

        HttpResponse<String> page = new Admin().browser().get("/admin/api/traffic?size=500");
        assertTrue(Json.parse(page.body()).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .noneMatch(entry -> entry.getString("client_ip").equals(client.address())), "the row is gone");
    }

    /** The log's lines containing {@code text}, waiting up to 15 s for Liberty to write them. */
    private static List<String> awaitLines(Path log, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            List<String> lines = Files.exists(log) ? read(log).lines().filter(line -> line.contains(text)).toList() : List.of();
            if (!lines.isEmpty() || System.nanoTime() > deadline) {
                assertFalse(lines.isEmpty(), "no line with " + text + " in " + log);
                return lines;
            }
            Thread.onSpinWait();
            Control.now(); // a round trip to the server instead of a sleep
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
