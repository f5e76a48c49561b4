package io.algogate.gateway.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How the trackers keep short lists in one text column: portable across Derby and PostgreSQL. */
final class StoredLists {

    private StoredLists() {
    }

    /** Epoch seconds, comma separated: ten digits and a comma per hit until the year 2286. */
    static String joinEpochSeconds(List<Instant> instants) {
        StringBuilder text = new StringBuilder();
        for (Instant instant : instants) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(instant.getEpochSecond());
        }
        return text.toString();
    }

    static List<Instant> parseEpochSeconds(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(s -> Instant.ofEpochSecond(Long.parseLong(s))).toList();
    }

    static String joinLines(List<String> lines) {
        return String.join("\n", lines);
    }

    static List<String> parseLines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /** The newline-joined text with this value moved or added to the end, keeping the newest {@code limit}. */
    static String withNewestLine(String lines, String value, int limit) {
        return joinLines(withNewest(parseLines(lines), value, limit));
    }

    /** The values with this one moved or added to the end, keeping the newest {@code limit}. */
    static List<String> withNewest(List<String> values, String value, int limit) {
        List<String> updated = new ArrayList<>(values);
        updated.remove(value);
        updated.add(value);
        return List.copyOf(updated.subList(Math.max(0, updated.size() - limit), updated.size()));
    }
}
