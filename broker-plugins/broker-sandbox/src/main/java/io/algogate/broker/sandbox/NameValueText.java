package io.algogate.broker.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text format every sandbox record is stored in: UTF-8, one {@code name=value} line per field, the
 * first line {@code version=<n>}. Readable in a database console, and no Java serialization, whose
 * format would tie the stored book to the classes of one build. A value's backslashes, line feeds and
 * carriage returns are written as {@code \\}, {@code \n} and {@code \r}, so no value can break the
 * one-field-a-line shape. Readers ignore names they do not know, so optional fields can be added.
 */
final class NameValueText {

    static final String VERSION_FIELD = "version";

    private final StringBuilder text = new StringBuilder(256);

    /** Starts a record of the given format version. */
    NameValueText(int version) {
        line(VERSION_FIELD, Integer.toString(version));
    }

    NameValueText line(String name, String value) {
        text.append(name).append('=');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        text.append('\n');
        return this;
    }

    NameValueText line(String name, BigDecimal value) {
        return line(name, value.toPlainString());
    }

    byte[] bytes() {
        return text.toString().getBytes(UTF_8);
    }

    /** The fields of a stored record; an {@link IllegalArgumentException} says what is malformed. */
    static Fields parse(byte[] stored) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : new String(stored, UTF_8).split("\n")) {
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Not a name=value line: '" + line + "'");
            }
            fields.put(line.substring(0, equals), unescape(line.substring(equals + 1)));
        }
        return new Fields(fields);
    }

    private static String unescape(String escaped) {
        StringBuilder value = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char next = ++i < escaped.length() ? escaped.charAt(i) : ' ';
            switch (next) {
                case '\\' -> value.append('\\');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                default -> throw new IllegalArgumentException("Unknown escape in '" + escaped + "'");
            }
        }
        return value.toString();
    }

    /** The parsed fields of one record. */
    record Fields(Map<String, String> values) {

        /** The version, refused unless it is one of those this sandbox reads. */
        int version(String what, int... readable) {
            String version = required(VERSION_FIELD);
            for (int known : readable) {
                if (version.equals(Integer.toString(known))) {
                    return known;
                }
            }
            throw new IllegalArgumentException("Stored in version " + version + " of the sandbox " + what
                    + " format; this sandbox reads up to version " + readable[readable.length - 1]);
        }

        String required(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("The field '" + name + "' is missing");
            }
            return value;
        }

        String optional(String name) {
            return values.get(name);
        }

        BigDecimal decimal(String name) {
            return new BigDecimal(required(name));
        }

        BigDecimal decimal(String name, BigDecimal absent) {
            String value = values.get(name);
            return value == null ? absent : new BigDecimal(value);
        }
    }
}
