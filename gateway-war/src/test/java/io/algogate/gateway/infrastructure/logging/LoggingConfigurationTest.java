package io.algogate.gateway.infrastructure.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the application's loggers do not see is configured not to carry secrets: EclipseLink logs no
 * bind parameters in either persistence unit, and Liberty's access log format has no query string.
 */
class LoggingConfigurationTest {

    @Test
    void neitherPersistenceUnitLogsBindParameters() throws Exception {
        Document persistence = parse(Path.of("src/main/resources/META-INF/persistence.xml"));
        NodeList units = persistence.getElementsByTagName("persistence-unit");
        assertEquals(2, units.getLength());
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            assertEquals("false", property(unit, "eclipselink.logging.parameters"), unit.getAttribute("name"));
        }
    }

    @Test
    void theAccessLogNamesPathsWithoutQueryStringsAndTheLogsRotate() throws Exception {
        Document server = parse(Path.of("../liberty-config/src/main/liberty/config/server.xml"));
        Element accessLog = (Element) server.getElementsByTagName("httpAccessLogging").item(0);
        String format = accessLog.getAttribute("logFormat");
        assertTrue(format.contains("%U"), format);
        assertFalse(format.contains("%r") || format.contains("%q"), "no request line, no query: " + format);

        Element logging = (Element) server.getElementsByTagName("logging").item(0);
        assertEquals("${algogate.log.max-file-size}", logging.getAttribute("maxFileSize"));
        assertEquals("${algogate.log.max-files}", logging.getAttribute("maxFiles"));
        assertEquals("${algogate.log.console-format}", logging.getAttribute("consoleFormat"));
    }

    private static String property(Element unit, String name) {
        NodeList properties = unit.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals(name)) {
                return property.getAttribute("value");
            }
        }
        return null;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
