package io.algogate.gateway.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/CONFIGURATION.md true: every {@code "algogate.…"} string constant in any module's main
 * sources (Java, and the Liberty configuration's variables) must appear in it. Request and session
 * attributes share the prefix but are not configuration; they are recognised by their constant's
 * name ({@code …_ATTRIBUTE}), the convention every such constant follows. Metric names share it too;
 * they live in the classes named {@code …Metrics} (docs/ARCHITECTURE.md, Operations, lists them).
 */
class ConfigurationDocTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOC = REPOSITORY.resolve("docs/CONFIGURATION.md");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(algogate\\.[A-Za-z0-9._-]+)\"");
    private static final Pattern ATTRIBUTE_CONSTANT = Pattern.compile("\\b\\w+_ATTRIBUTE\\s*=");

    @Test
    void everyKeyReadInTheCodeIsDocumented() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertEquals(Set.of(), undocumented(keysInSources(), doc), "keys read in the code but missing from " + DOC);
    }

    @Test
    void theScanFindsTheKnownKeysAndSkipsRequestAttributes() {
        Set<String> keys = keysInSources();
        assertTrue(keys.containsAll(List.of(GatewaySettings.PROFILE, GatewaySettings.PEPPER,
                "algogate.cors.enabled", "algogate.ws.port", "algogate.ratelimit.")), keys.toString());
        assertTrue(keys.stream().noneMatch(key -> key.equals("algogate.clientIp") || key.equals("algogate.body")),
                keys.toString());
        assertTrue(keys.stream().noneMatch(key -> key.equals("algogate.requests")), "metric names are not keys");
    }

    @Test
    void aKeyIsDocumentedOnlyByItsExactNameAndAPrefixByAnyKeyUnderIt() {
        String doc = "| `algogate.cors.enabled` | ... | `algogate.ratelimit.<class>` |";
        assertEquals(Set.of("algogate.cors", "algogate.cors.enabled-too"), undocumented(Set.of("algogate.cors.enabled",
                "algogate.ratelimit.", "algogate.cors", "algogate.cors.enabled-too"), doc));
    }

    /** The keys the document does not name: a key by its exact name in backquotes, a prefix (ending in a dot) by any key under it. */
    static Set<String> undocumented(Set<String> keys, String doc) {
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            boolean documented = key.endsWith(".") ? doc.contains("`" + key) : doc.contains("`" + key + "`");
            if (!documented) {
                missing.add(key);
            }
        }
        return missing;
    }

    static Set<String> keysInSources() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            files.filter(ConfigurationDocTest::isMainSource).forEach(file -> collectKeys(file, keys));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static boolean isMainSource(Path file) {
        String path = REPOSITORY.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        return path.contains("/src/main/") && !path.contains("/target/") && !name.endsWith("Metrics.java")
                && (name.endsWith(".java") || name.endsWith(".xml") || name.endsWith(".properties"));
    }

    private static void collectKeys(Path file, Set<String> keys) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (ATTRIBUTE_CONSTANT.matcher(line).find()) {
                    continue;
                }
                Matcher matcher = KEY_LITERAL.matcher(line);
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
