package io.algogate.gateway.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A link's query string from named values, blanks left out, URL-encoded (the view still escapes it for HTML). */
final class QueryString {

    private QueryString() {
    }

    /** {@code a=1&b=x%20y}; the map's order is kept. */
    static String of(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(p -> p.getValue() != null && !p.getValue().isEmpty())
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
