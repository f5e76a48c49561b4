package io.algogate.it.support;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The integration-test server (D3): where it listens, and the harness to stop, start and kill -9 it
 * through Liberty's own {@code server} script and the JVM's pid, then wait until it serves again.
 */
public final class ItServer {

    public static final int HTTP_PORT = Integer.getInteger("it.http.port", 9180);
    public static final int HTTPS_PORT = Integer.getInteger("it.https.port", 9543);
    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    private static final String SERVER = System.getProperty("it.server.name", "algogate-it");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private ItServer() {
    }

    public static URI http(String path) {
        return URI.create("http://localhost:" + HTTP_PORT + path);
    }

    public static URI https(String path) {
        return URI.create("https://localhost:" + HTTPS_PORT + path);
    }

    /** Stops the server the way an operator would, and waits for the script to finish. */
    public static void stop() {
        runServerScript("stop");
    }

    /** Starts the server and waits until the application answers. */
    public static void start() {
        runServerScript("start");
        awaitReady();
    }

    /** Kills the server's JVM with SIGKILL: no shutdown hooks, no clean database close. */
    public static void kill9() {
        long pid = pid();
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("No process " + pid + " for server " + SERVER));
        process.destroyForcibly();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Server process " + pid + " did not die", e);
        }
    }

    public static long pid() {
        Path pidFile = WLP.resolve("usr/servers/.pid/" + SERVER + ".pid");
        try {
            return Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + pidFile, e);
        }
    }

    /** Polls until the dashboard's entry answers (any status but 404/503), as a load balancer would. */
    public static void awaitReady() {
        awaitAnswering();
        // Every test class, and every restart (which resets the clock), starts in the sandbox's trading
        // hours, so orders behave the same whatever the hour the build runs at.
        Control.toTradingHours();
    }

    private static void awaitAnswering() {
        awaitAnswering(http("/app/login"), READY_TIMEOUT);
    }

    /** Polls {@code probe} until it answers with any status but 404/503 (the application is serving). */
    public static void awaitAnswering(URI probe, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                int status = client.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 404 && status != 503) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // the server is between states; ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException(probe + " did not answer within " + timeout);
    }

    /** Readiness polling is the one wait allowed: it waits for a process, not for time to pass. */
    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void runServerScript(String action) {
        runServerScript(action, SERVER);
    }

    /** The IT server's name in its Liberty installation. */
    public static String name() {
        return SERVER;
    }

    /** The installed Liberty the IT server runs in; other servers can be created beside it. */
    public static Path wlp() {
        return WLP;
    }

    /** Runs Liberty's {@code server} script ({@code create}, {@code start}, {@code stop}) for a server of this Liberty. */
    public static void runServerScript(String action, String server) {
        ProcessBuilder builder = new ProcessBuilder(List.of(WLP.resolve("bin/server").toString(), action, server))
                .redirectErrorStream(true);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + action + " timed out: " + output);
            }
            int exit = process.exitValue();
            // 0 = done; for stop, 1 = was not running.
            if (exit != 0 && !(action.equals("stop") && exit == 1)) {
                throw new IllegalStateException("server " + action + " exited " + exit + ": " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run the server script", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
