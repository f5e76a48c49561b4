package io.algogate.gateway.interfaces.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places in a JSP where a dynamic value would reach the page unescaped (D6): an EL
 * expression in template text or in an HTML attribute that is not wrapped whole in
 * {@code fn:escapeXml(...)}, a scriptlet expression, or {@code escapeXml="false"}. Expressions in the
 * attributes of JSTL tags are allowed: those tags do not print them ({@code c:out} escapes).
 */
final class JspEscapingChecker {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern ESCAPED = Pattern.compile("\\s*fn:escapeXml\\([^()]*(\\([^()]*\\)[^()]*)*\\)\\s*");
    private static final Pattern TAG_LIBRARY_TAG = Pattern.compile("<(c|fn|fmt|jsp):[A-Za-z]+");

    private JspEscapingChecker() {
    }

    /** Each unescaped spot as "line N: text". Empty when the page is safe. */
    static List<String> findUnescaped(String jsp) {
        List<String> problems = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(jsp);
        while (expression.find()) {
            if (insideTagLibraryTag(jsp, expression.start())) {
                continue;
            }
            if (!ESCAPED.matcher(expression.group(1)).matches()) {
                problems.add(describe(jsp, expression.start(), expression.group()));
            }
        }
        Matcher scriptlet = Pattern.compile("<%=").matcher(jsp);
        while (scriptlet.find()) {
            problems.add(describe(jsp, scriptlet.start(), "<%= scriptlet expression"));
        }
        Matcher unescapedOut = Pattern.compile("escapeXml\\s*=\\s*[\"']false[\"']").matcher(jsp);
        while (unescapedOut.find()) {
            problems.add(describe(jsp, unescapedOut.start(), unescapedOut.group()));
        }
        return problems;
    }

    /** Whether the position lies between a JSTL tag's name and the end of its start tag. */
    private static boolean insideTagLibraryTag(String jsp, int position) {
        int open = jsp.lastIndexOf('<', position);
        if (open < 0 || jsp.indexOf('>', open) < position) {
            return false;
        }
        return TAG_LIBRARY_TAG.matcher(jsp).region(open, position).lookingAt();
    }

    private static String describe(String jsp, int position, String what) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (jsp.charAt(i) == '\n') {
                line++;
            }
        }
        return "line " + line + ": " + what;
    }
}
