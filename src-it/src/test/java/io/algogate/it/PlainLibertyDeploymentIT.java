package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.DeployingDoc;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Deploying to an existing Liberty (issue 8): a second, plain server created in the IT's installed
 * Liberty with {@code server create}, configured only with the blocks docs/DEPLOYING.md marks (ports
 * and paths changed, secrets generated where the document has placeholders), the WAR and the Derby
 * driver; it must pass the core journey in the production profile over HTTPS. The document's blocks
 * are also compared with liberty-config, which the other ITs run with, so the two cannot drift.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlainLibertyDeploymentIT {

    private static final int HTTP_PORT = Integer.getInteger("it.plain.http.port", 9784);
    private static final int HTTPS_PORT = Integer.getInteger("it.plain.https.port", 9785);
    private static final int WS_PORT = Integer.getInteger("it.plain.ws.port", 9786);
    private static final String SERVER = System.getProperty("it.server.name", "algogate-it") + "-plain";
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path LIBERTY_CONFIG = REPOSITORY.resolve("liberty-config/src/main/liberty/config");
    private static final Path HOME = Path.of("target/plain-liberty-home").toAbsolutePath();
    private static final URI BASE = URI.create("https://localhost:" + HTTPS_PORT);
    private static final Pattern HEX_PLACEHOLDER = Pattern.compile("<(\\d+) hex characters[^>]*>");
    private static final String COOKIE = "__Host-algogate_session";

    private static DeployingDoc doc;
    private static Path serverDir;
    private static String apiKey;

    @BeforeAll
    static void createAndStartAServerFromTheDocumentAlone() throws IOException {
        doc = DeployingDoc.read(REPOSITORY.resolve("docs/DEPLOYING.md"));
        serverDir = ItServer.wlp().resolve("usr/servers/" + SERVER);
        if (Files.exists(serverDir)) {
            ItServer.runServerScript("stop", SERVER); // left over from an interrupted run
            deleteTree(serverDir);
        }
        deleteTree(HOME);
        ItServer.runServerScript("create", SERVER);

        write("server.xml", doc.block("server.xml"));
        write("db-derby.xml", doc.block("db-derby.xml"));
        write("jvm.options", doc.block("jvm.options"));
        write("bootstrap.properties", withValues(doc.block("bootstrap.properties"),
                Map.of("http.port", Integer.toString(HTTP_PORT), "https.port", Integer.toString(HTTPS_PORT))));
        String environment = withValues(withGeneratedSecrets(doc.block("server.env")), Map.of(
                "ALGOGATE_HOME", HOME.toString(), "ALGOGATE_PUBLIC_BASE_URL", BASE.toString(),
                "ALGOGATE_WS_PORT", Integer.toString(WS_PORT)));
        Files.writeString(serverDir.resolve("server.env"), "\n" + environment, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        // The WAR and the drivers as the build produced them for the IT server beside this one.
        Path itServer = ItServer.wlp().resolve("usr/servers/" + System.getProperty("it.server.name", "algogate-it"));
        copy(itServer.resolve("apps/gateway-war.war"), serverDir.resolve("apps/gateway-war.war"));
        for (String driver : List.of("derby.jar", "derbyshared.jar", "derbytools.jar")) {
            copy(itServer.resolve("jdbc/" + driver), serverDir.resolve("jdbc/" + driver));
        }

        ItServer.runServerScript("start", SERVER);
        // Probed over plain HTTP: the readiness poll does not trust the generated certificate.
        ItServer.awaitAnswering(URI.create("http://localhost:" + HTTP_PORT + "/app/login"), Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() {
        ItServer.runServerScript("stop", SERVER);
    }

    @Test
    @Order(1)
    void theDocumentsBlocksAreLibertyConfigsConfiguration() throws IOException {
        assertEquals(canonical(Files.readString(LIBERTY_CONFIG.resolve("server.xml"))),
                canonical(doc.block("server.xml")), "DEPLOYING.md's server.xml differs from liberty-config's");
        for (String file : List.of("db-derby.xml", "db-postgresql.xml", "jvm.options")) {
            assertEquals(Files.readString(LIBERTY_CONFIG.resolve(file)).strip(), doc.block(file).strip(),
                    "DEPLOYING.md's " + file + " differs from liberty-config's");
        }
        assertFalse(doc.block("server.xml").matches("(?s).*<feature>\\s*(sessionCache|jcache)-.*"),
                "the documented features never include sessionCache or jcache");
    }

    @Test
    @Order(2)
    void setupShowsTheKeyOnceAndLoginStartsASecureHostOnlySession() {
        WebClient browser = new WebClient(BASE, null);
        HttpResponse<String> root = browser.get("/");
        assertEquals(302, root.statusCode(), root.body());
        assertEquals("/app/setup", root.headers().firstValue("Location").orElseThrow());
        assertTrue(root.headers().firstValue("X-Powered-By").isEmpty(), "Liberty does not announce itself");
        apiKey = Installation.submitSetup(browser);
        assertTrue(apiKey.matches("[0-9a-f]{64}"), apiKey);

        HttpResponse<String> login = Installation.logIn(browser, Installation.PASSWORD);
        assertEquals(303, login.statusCode(), login.body());
        assertEquals("/app/dashboard", login.headers().firstValue("Location").orElseThrow());
        HttpCookie session = browser.cookie(COOKIE).orElseThrow(() -> new AssertionError("no " + COOKIE));
        assertTrue(session.getSecure(), "the session cookie is Secure");
        assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
        assertEquals(200, browser.get("/app/dashboard").statusCode());
    }

    @Test
    @Order(3)
    void anOrderPlacedOnTheSandboxWithTheKeyIsInTheOrderBook() {
        WebClient api = new WebClient(BASE, null);
        HttpResponse<String> pong = api.postJson("/api/v1/ping", "{\"apikey\":\"" + apiKey + "\"}");
        assertEquals(200, pong.statusCode(), pong.body());
        assertEquals("sandbox", Json.parse(pong.body()).getJsonObject("data").getString("broker"));

        // A limit far below SBIN's reference price (800): it rests whatever the hour.
        HttpResponse<String> placed = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + apiKey + "\","
                + "\"strategy\":\"Deploy\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\",\"action\":\"BUY\","
                + "\"quantity\":\"1\",\"pricetype\":\"LIMIT\",\"price\":\"400\",\"product\":\"MIS\"}");
        assertEquals(200, placed.statusCode(), placed.body());
        JsonObject ack = Json.parse(placed.body());
        assertEquals("success", ack.getString("status"), placed.body());
        String orderId = ack.getString("orderid");

        HttpResponse<String> book = api.postJson("/api/v1/orderbook", "{\"apikey\":\"" + apiKey + "\"}");
        assertEquals(200, book.statusCode(), book.body());
        JsonObject order = Json.parse(book.body()).getJsonObject("data").getJsonArray("orders").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("orderid").equals(orderId)).findFirst()
                .orElseThrow(() -> new AssertionError("order " + orderId + " not in " + book.body()));
        assertEquals("SBIN", order.getString("symbol"));
        assertEquals("LIMIT", order.getString("pricetype"));
    }

    @Test
    @Order(4)
    void theServerRunsTheProductionProfileWithTheDocumentsSettings() throws IOException {
        String messages = Files.readString(serverDir.resolve("logs/messages.log"), StandardCharsets.UTF_8);
        assertTrue(messages.contains("profile=production"), "the production profile is on");
        assertTrue(messages.contains("AlgoGate ready with broker 'sandbox'"), "the application started");
        // The stream port (from the environment, read by Liberty and the WAR alike) serves only the socket.
        HttpResponse<String> onStreamPort = new WebClient(URI.create("http://localhost:" + WS_PORT), null)
                .get("/app/login");
        assertEquals(404, onStreamPort.statusCode(), onStreamPort.body());
    }

    /** The document's {@code KEY=VALUE} lines with these keys' values replaced; every key must be there. */
    private static String withValues(String block, Map<String, String> values) {
        List<String> lines = new ArrayList<>(block.lines().toList());
        for (Map.Entry<String, String> value : values.entrySet()) {
            int index = indexOfKey(lines, value.getKey());
            lines.set(index, value.getKey() + "=" + value.getValue());
        }
        return String.join("\n", lines) + "\n";
    }

    private static int indexOfKey(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + "=")) {
                return i;
            }
        }
        throw new AssertionError("DEPLOYING.md sets no " + key);
    }

    /** Fills {@code <64 hex characters: ...>} placeholders with fresh random hex of that length. */
    private static String withGeneratedSecrets(String block) {
        SecureRandom random = new SecureRandom();
        Matcher placeholder = HEX_PLACEHOLDER.matcher(block);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            byte[] bytes = new byte[Integer.parseInt(placeholder.group(1)) / 2];
            random.nextBytes(bytes);
            placeholder.appendReplacement(filled, HexFormat.of().formatHex(bytes));
        }
        placeholder.appendTail(filled);
        assertFalse(filled.toString().contains("<"), "a placeholder the test cannot fill: " + filled);
        return filled.toString();
    }

    /**
     * The configuration's meaning: every element with its attributes and children, comments and
     * whitespace and order dropped, one line each, sorted.
     */
    private static String canonical(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setIgnoringComments(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            return String.join("\n", canonicalChildren(root));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static List<String> canonicalChildren(Element element) {
        List<String> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(canonicalElement(e));
            }
        }
        children.sort(Comparator.naturalOrder());
        return children;
    }

    private static String canonicalElement(Element element) {
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            attributes.put(map.item(i).getNodeName(), map.item(i).getNodeValue());
        }
        List<String> children = canonicalChildren(element);
        String text = children.isEmpty() ? element.getTextContent().strip() : "";
        return element.getTagName() + attributes + (text.isEmpty() ? "" : "=" + text)
                + (children.isEmpty() ? "" : children.stream().collect(Collectors.joining(", ", "{", "}")));
    }

    private static void write(String file, String content) throws IOException {
        Files.writeString(serverDir.resolve(file), content, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
