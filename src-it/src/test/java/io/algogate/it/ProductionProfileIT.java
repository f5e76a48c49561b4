package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.SideServer;
import io.algogate.it.support.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production profile refuses unsafe settings at start-up, one log line each, and the application
 * is then not serving. A second Liberty server, made by this test from the IT server's own
 * configuration and WAR in the same installation, starts with {@code algogate.profile=production} and
 * every unsafe setting at once: no configured secrets, a plain-HTTP public address, CORS for any
 * origin, a debugger agent and debug logging of the application.
 */
class ProductionProfileIT {

    private static final int BASE_PORT = Integer.getInteger("it.prod.base.port", 9290);
    private static final int HTTP_PORT = BASE_PORT;
    private static final int MGMT_PORT = BASE_PORT + 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final String REFUSED = "algogate.profile=production refused: ";
    private static final List<String> REFUSALS = List.of(
            REFUSED + "algogate.security.pepper is not set: generated secrets are for development only",
            REFUSED + "algogate.security.encryption-key is not set: generated secrets are for development only",
            REFUSED + "algogate.security.encryption-salt is not set: generated secrets are for development only",
            REFUSED + "algogate.public-base-url is 'http://gateway.example.com': the dashboard must not be served"
                    + " over plain HTTP",
            REFUSED + "algogate.cors.allowed-origins contains '*'",
            REFUSED + "the JVM runs with a debugger agent (-agentlib:jdwp)",
            REFUSED + "the io.algogate loggers log at FINE or finer");

    private static SideServer server;
    private static Path messagesLog;

    @BeforeAll
    static void startTheProductionServerWithUnsafeSettings() throws IOException {
        server = SideServer.create("production", BASE_PORT);
        server.write("bootstrap.properties",
                "db.kind=derby\ncom.ibm.ws.logging.trace.specification=*=info:io.algogate.*=fine\n");
        server.write("jvm.options", "-Xmx256m\n"
                + "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:" + (BASE_PORT + 4) + "\n");
        server.writeEnv(List.of(
                "ALGOGATE_HOME=" + server.home(),
                "ALGOGATE_PROFILE=production",
                "ALGOGATE_PUBLIC_BASE_URL=http://gateway.example.com",
                "ALGOGATE_CORS_ENABLED=true",
                "ALGOGATE_CORS_ALLOWED_ORIGINS=*"));
        messagesLog = server.messagesLog();
        server.start();
        awaitApplicationOutcome();
    }

    @AfterAll
    static void stopTheProductionServer() {
        server.stop();
    }

    @Test
    void eachUnsafeSettingIsRefusedOnItsOwnLine() throws IOException {
        List<String> lines = Files.readAllLines(messagesLog, StandardCharsets.UTF_8);
        for (String refusal : REFUSALS) {
            assertEquals(1, lines.stream().filter(line -> line.contains(refusal)).count(),
                    "one line for: " + refusal);
        }
    }

    @Test
    void theApplicationIsNotServing() throws IOException {
        WebClient client = new WebClient();
        for (String path : List.of("/app/login", "/api/v1/ping", "/setup")) {
            HttpResponse<String> response = client.get(URI.create("http://localhost:" + HTTP_PORT + path));
            assertEquals(404, response.statusCode(), path + ": " + response.body());
            assertFalse(response.body().contains("AlgoGate"), path + " is not the application");
        }
        // With no application on the root, Liberty shows its own welcome page there, not the gateway.
        HttpResponse<String> root = client.get(URI.create("http://localhost:" + HTTP_PORT + "/"));
        assertFalse(root.body().contains("AlgoGate"), root.body());
        assertTrue(Files.readString(messagesLog).contains("CWWKZ0012I: The application algogate was not started"),
                "Liberty reports the application not started");
        HttpResponse<String> ready = client.get(URI.create("http://127.0.0.1:" + MGMT_PORT + "/health/ready"));
        assertEquals(503, ready.statusCode(), ready.body());
    }

    /** Waits until Liberty has either failed or started the application: a process, not the clock. */
    private static void awaitApplicationOutcome() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(messagesLog)) {
                String log = Files.readString(messagesLog);
                // CWWKZ0012I: not started (what the refusal causes); CWWKZ0002E: failed; CWWKZ0001I: started.
                if (log.contains("CWWKZ0012I") || log.contains("CWWKZ0002E") || log.contains("CWWKZ0001I")) {
                    return;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The production server neither started nor failed the application");
    }
}
