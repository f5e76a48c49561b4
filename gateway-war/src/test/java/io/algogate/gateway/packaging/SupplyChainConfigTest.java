package io.algogate.gateway.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The supply-chain checks stay wired into every module's build (docs/SECURITY.md, "Supply chain"),
 * and SpotBugs' reviewed exclusions stay narrow: one bug pattern for named classes, each with its
 * reason. A broad exclusion (a category, a package, a pattern everywhere) fails here.
 */
class SupplyChainConfigTest {

    private static final Path CHECKOUT = Path.of("..");

    @Test
    void theParentPomRunsSpotBugsWithFindSecBugsAtVerifyAndWritesAnSbomAtPackage() throws Exception {
        Element build = child(parse(CHECKOUT.resolve("pom.xml")).getDocumentElement(), "build");
        Element plugins = child(build, "plugins");

        Element spotbugs = plugin(plugins, "spotbugs-maven-plugin");
        assertEquals("verify", text(spotbugs, "phase"));
        assertEquals("check", text(spotbugs, "goal"));
        assertTrue(text(spotbugs, "includeFilterFile").endsWith("/security-only.xml"));
        assertTrue(text(spotbugs, "excludeFilterFile").endsWith("/reviewed-exclusions.xml"));
        assertEquals("Low", text(spotbugs, "threshold"), "every confidence level is reported");
        assertEquals("findsecbugs-plugin", text(child(spotbugs, "configuration"), "artifactId"));

        Element cyclonedx = plugin(plugins, "cyclonedx-maven-plugin");
        assertEquals("package", text(cyclonedx, "phase"));
        assertEquals("makeBom", text(cyclonedx, "goal"));

        Element enforcer = plugin(plugins, "maven-enforcer-plugin");
        assertEquals(1, enforcer.getElementsByTagName("requirePluginVersions").getLength());
        assertEquals(1, enforcer.getElementsByTagName("banDynamicVersions").getLength());
    }

    @Test
    void onlyTheSecurityCategoryIsReported() throws Exception {
        Element match = child(parse(CHECKOUT.resolve("config/spotbugs/security-only.xml")).getDocumentElement(), "Match");
        assertEquals("SECURITY", child(match, "Bug").getAttribute("category"));
    }

    @Test
    void everyReviewedExclusionNamesItsClassesAndOnePatternAndGivesItsReason() throws Exception {
        Element filter = parse(CHECKOUT.resolve("config/spotbugs/reviewed-exclusions.xml")).getDocumentElement();
        List<Element> matches = children(filter, "Match");
        for (Element match : matches) {
            List<Element> bugs = children(match, "Bug");
            assertEquals(1, bugs.size(), "one Bug per exclusion");
            assertFalse(bugs.get(0).getAttribute("pattern").isBlank(), "a bug pattern, not a category");
            assertTrue(bugs.get(0).getAttribute("category").isEmpty(), "never a whole category");
            assertTrue(children(match, "Package").isEmpty(), "never a whole package");

            List<Element> classes = new ArrayList<>(children(match, "Class"));
            children(match, "Or").forEach(or -> classes.addAll(children(or, "Class")));
            assertFalse(classes.isEmpty(), "named classes");
            classes.forEach(c -> assertFalse(c.getAttribute("name").startsWith("~"), "exact class names"));

            Node before = match.getPreviousSibling();
            while (before != null && before.getNodeType() == Node.TEXT_NODE) {
                before = before.getPreviousSibling();
            }
            assertTrue(before != null && before.getNodeType() == Node.COMMENT_NODE
                    && before.getTextContent().strip().length() > 40, "the reason, in a comment before the match");
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element plugin(Element plugins, String artifactId) {
        return children(plugins, "plugin").stream().filter(p -> artifactId.equals(text(p, "artifactId")))
                .findFirst().orElseThrow(() -> new AssertionError(artifactId + " is not in the parent's build plugins"));
    }

    private static String text(Element within, String tag) {
        NodeList found = within.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
    }

    private static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        if (found.isEmpty()) {
            throw new AssertionError("no <" + tag + "> in <" + parent.getTagName() + ">");
        }
        return found.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
