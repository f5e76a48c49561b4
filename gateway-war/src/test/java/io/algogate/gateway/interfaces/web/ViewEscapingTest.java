package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every view escapes every dynamic value (D6); and the checker does catch what it must. */
class ViewEscapingTest {

    private static final Path VIEWS = Path.of(System.getProperty("views.dir", "src/main/webapp/WEB-INF/views"));

    @Test
    void everyViewEscapesEveryDynamicValue() throws IOException {
        List<Path> views;
        try (Stream<Path> files = Files.walk(VIEWS)) {
            views = files.filter(f -> f.toString().endsWith(".jsp") || f.toString().endsWith(".jspf")).toList();
        }
        assertFalse(views.isEmpty(), "no views found under " + VIEWS.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path view : views) {
            JspEscapingChecker.findUnescaped(Files.readString(view))
                    .forEach(problem -> problems.add(VIEWS.relativize(view) + " " + problem));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void flagsExpressionsInTextAndHtmlAttributes() {
        assertEquals(List.of("line 1: ${user.name}"), JspEscapingChecker.findUnescaped("<p>${user.name}</p>"));
        assertEquals(List.of("line 2: ${user.name}"),
                JspEscapingChecker.findUnescaped("<p>\n<input value=\"${user.name}\"></p>"));
        assertEquals(1, JspEscapingChecker.findUnescaped("<a href=\"#{x}\">").size());
    }

    @Test
    void flagsScriptletsAndDisabledEscaping() {
        assertEquals(1, JspEscapingChecker.findUnescaped("<p><%= request.getParameter(\"q\") %></p>").size());
        List<String> problems = JspEscapingChecker.findUnescaped("<c:out value=\"${q}\" escapeXml=\"false\"/>");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("escapeXml"));
    }

    @Test
    void flagsAPartlyEscapedExpression() {
        assertEquals(1, JspEscapingChecker.findUnescaped("<p>${fn:escapeXml(a)}${b}</p>").size());
        assertEquals(1, JspEscapingChecker.findUnescaped("<p>${fn:escapeXml(a) += b}</p>").size());
    }

    @Test
    void allowsEscapedValuesAndJstlAttributes() {
        assertEquals(List.of(), JspEscapingChecker.findUnescaped(
                "<p><c:out value=\"${user.name}\"/></p><input value=\"${fn:escapeXml(user.name)}\">"
                        + "<c:if test=\"${not empty x}\"><c:forEach items=\"${rows}\" var=\"r\"></c:forEach></c:if>"));
    }
}
