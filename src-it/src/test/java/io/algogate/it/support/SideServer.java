package io.algogate.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A second Liberty server beside the IT server, in the same installation: the IT server's
 * configuration ({@code server.xml}, the database includes), its WAR and JDBC drivers, with ports and
 * a home of its own, on embedded Derby (never the IT server's PostgreSQL database). Made fresh by
 * {@link #create}, so its home is empty: a real first run.
 */
public final class SideServer {

    private final String name;
    private final Path dir;
    private final int basePort;

    private SideServer(String name, Path dir, int basePort) {
        this.name = name;
        this.dir = dir;
        this.basePort = basePort;
    }

    /**
     * Stops and deletes any earlier server of this name, then makes it again from the IT server. Ports:
     * HTTP {@code basePort}, HTTPS +1, stream +2, management +3.
     */
    public static SideServer create(String suffix, int basePort) {
        Path servers = ItServer.wlp().resolve("usr/servers");
        Path itServer = servers.resolve(ItServer.name());
        String name = ItServer.name() + "-" + suffix;
        SideServer server = new SideServer(name, servers.resolve(name), basePort);
        server.stop();
        try {
            deleteTree(server.dir);
            Files.createDirectories(server.dir.resolve("configDropins/overrides"));
            for (String file : List.of("server.xml", "db-derby.xml", "db-postgresql.xml")) {
                Files.copy(itServer.resolve(file), server.dir.resolve(file));
            }
            copyTree(itServer.resolve("apps"), server.dir.resolve("apps"));
            copyTree(itServer.resolve("jdbc"), server.dir.resolve("jdbc"));
            Files.writeString(server.dir.resolve("configDropins/overrides/ports.xml"), """
                    <server>
                        <variable name="http.port" value="%d"/>
                        <variable name="https.port" value="%d"/>
                        <variable name="algogate.ws.port" value="%d"/>
                        <variable name="mgmt.port" value="%d"/>
                    </server>
                    """.formatted(basePort, basePort + 1, basePort + 2, basePort + 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    public Path dir() {
        return dir;
    }

    public Path home() {
        return dir.resolve("home").toAbsolutePath();
    }

    public Path messagesLog() {
        return dir.resolve("logs/messages.log");
    }

    public int httpPort() {
        return basePort;
    }

    public URI http(String path) {
        return URI.create("http://localhost:" + basePort + path);
    }

    /** Writes {@code server.env}: the IT server's keystore password, then these lines. */
    public void writeEnv(List<String> lines) {
        List<String> env = new ArrayList<>(itServerEnv().stream().filter(l -> l.startsWith("keystore_password=")).toList());
        env.addAll(lines);
        write("server.env", String.join("\n", env) + "\n");
    }

    /** The IT server's {@code server.env} lines (the test profile's settings among them). */
    public static List<String> itServerEnv() {
        try {
            return Files.readAllLines(ItServer.wlp().resolve("usr/servers").resolve(ItServer.name()).resolve("server.env"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file of the server's directory, such as {@code bootstrap.properties} or {@code jvm.options}. */
    public void write(String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (Liberty's script waits until the server has started, not the application). */
    public void start() {
        ItServer.runServerScript("start", name);
    }

    public void stop() {
        if (Files.exists(dir)) {
            ItServer.runServerScript("stop", name);
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
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
