package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    private static final String IT_SERVER = System.getProperty("it.server.name", "algogate-it");
    private static final String SERVER = IT_SERVER + "-production";
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

    private static Path messagesLog;

    @BeforeAll
    static void startTheProductionServerWithUnsafeSettings() throws IOException {
        Path itServer = WLP.resolve("usr/servers").resolve(IT_SERVER);
        Path server = WLP.resolve("usr/servers").resolve(SERVER);
        runServerScript("stop");
        deleteTree(server);
        Files.createDirectories(server.resolve("configDropins/overrides"));
        for (String file : List.of("server.xml", "db-derby.xml", "db-postgresql.xml")) {
            Files.copy(itServer.resolve(file), server.resolve(file));
        }
        copyTree(itServer.resolve("apps"), server.resolve("apps"));
        copyTree(itServer.resolve("jdbc"), server.resolve("jdbc"));
        Files.writeString(server.resolve("configDropins/overrides/ports.xml"), """
                <server>
                    <variable name="http.port" value="%d"/>
                    <variable name="https.port" value="%d"/>
                    <variable name="algogate.ws.port" value="%d"/>
                    <variable name="mgmt.port" value="%d"/>
                </server>
                """.formatted(HTTP_PORT, BASE_PORT + 1, BASE_PORT + 2, MGMT_PORT));
        Files.writeString(server.resolve("bootstrap.properties"),
                "db.kind=derby\ncom.ibm.ws.logging.trace.specification=*=info:io.algogate.*=fine\n");
        Files.writeString(server.resolve("jvm.options"), "-Xmx256m\n"
                + "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:" + (BASE_PORT + 4) + "\n");
        String keystorePassword = Files.readAllLines(itServer.resolve("server.env")).stream()
                .filter(line -> line.startsWith("keystore_password=")).findFirst().orElse("");
        Files.writeString(server.resolve("server.env"), String.join("\n", keystorePassword,
                "ALGOGATE_HOME=" + server.resolve("home").toAbsolutePath(),
                "ALGOGATE_PROFILE=production",
                "ALGOGATE_PUBLIC_BASE_URL=http://gateway.example.com",
                "ALGOGATE_CORS_ENABLED=true",
                "ALGOGATE_CORS_ALLOWED_ORIGINS=*") + "\n");
        messagesLog = server.resolve("logs/messages.log");
        runServerScript("start");
        awaitApplicationOutcome();
    }

    @AfterAll
    static void stopTheProductionServer() {
        runServerScript("stop");
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

    private static void runServerScript(String action) {
        try {
            Process process = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, SERVER)
                    .redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + action + " " + SERVER + " timed out");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
