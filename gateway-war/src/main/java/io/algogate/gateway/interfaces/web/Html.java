package io.algogate.gateway.interfaces.web;

/** Escaping for the little HTML written outside the JSP views (where {@code fn:escapeXml} does it). */
final class Html {

    private Html() {
    }

    /** Text safe in element content and in a double- or single-quoted attribute. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
