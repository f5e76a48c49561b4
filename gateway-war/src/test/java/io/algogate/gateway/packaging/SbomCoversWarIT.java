package io.algogate.gateway.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The SBOM the build writes (target/bom.json, CycloneDX) names exactly the jars the WAR ships in
 * WEB-INF/lib: a library bundled without an SBOM entry would escape CVE scanning, and an entry for
 * something not shipped would raise false alarms. Runs after {@code package}, in failsafe, because
 * it reads the built WAR.
 */
class SbomCoversWarIT {

    /** pkg:maven/GROUP/NAME@VERSION?qualifiers, the Maven purl CycloneDX writes for each component. */
    private static final Pattern MAVEN_PURL = Pattern.compile("pkg:maven/[^/]+/([^@]+)@([^?]+)(?:\\?(.*))?");

    @Test
    void everyJarInTheWarIsAComponentOfTheSbomAndNothingElse() throws IOException {
        Set<String> shipped = jarsInWebInfLib(Path.of(System.getProperty("war.file")));
        Set<String> listed = jarNamesOfSbomComponents(Path.of(System.getProperty("sbom.file")));

        assertFalse(shipped.isEmpty(), "the WAR ships no libraries: wrong file?");
        assertEquals(shipped, listed, "WEB-INF/lib and the SBOM's components differ");
    }

    private static Set<String> jarsInWebInfLib(Path war) throws IOException {
        Set<String> jars = new TreeSet<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            zip.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith("WEB-INF/lib/") && name.endsWith(".jar"))
                    .forEach(name -> jars.add(name.substring("WEB-INF/lib/".length())));
        }
        return jars;
    }

    /** The file name maven-war-plugin gives each component: NAME-VERSION[-CLASSIFIER].jar. */
    private static Set<String> jarNamesOfSbomComponents(Path sbom) throws IOException {
        Set<String> names = new TreeSet<>();
        try (InputStream in = Files.newInputStream(sbom); JsonReader reader = Json.createReader(in)) {
            for (JsonValue value : reader.readObject().getJsonArray("components")) {
                String purl = ((JsonObject) value).getString("purl");
                Matcher m = MAVEN_PURL.matcher(purl);
                if (!m.matches()) {
                    throw new AssertionError("not a Maven purl: " + purl);
                }
                String classifier = qualifier(m.group(3), "classifier");
                names.add(m.group(1) + "-" + m.group(2) + (classifier == null ? "" : "-" + classifier) + ".jar");
            }
        }
        return names;
    }

    private static String qualifier(String qualifiers, String key) {
        if (qualifiers == null) {
            return null;
        }
        for (String pair : qualifiers.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(key)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
