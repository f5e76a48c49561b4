package io.algogate.gateway.domain;

import io.algogate.security.filters.AsciiCase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Which traffic log lines to show: by status class (2 for 2xx ... 5 for 5xx), method, a part of the
 * path, the client address and a time range ({@code from} inclusive, {@code until} exclusive). Each
 * part is null when not filtered. {@link #parse} reads the dashboard's and the CSV export's parameters;
 * the range is typed in IST, the trader's time, as the order log's day is.
 */
public record TrafficLogQuery(Integer statusClass, String method, String pathContains, String clientIp,
        Instant from, Instant until) {

    public static final TrafficLogQuery ALL = new TrafficLogQuery(null, null, null, null, null, null);
    /** An HTTP method token as a client may send one (RFC 9110 tchar), at most the log's column width. */
    private static final Pattern METHOD = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,16}");
    /** What a client address column can hold: IPv4, IPv6 (with a prefix length) and nothing else. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:./]{1,64}");
    private static final int MAX_PATH_PART = 512;

    /**
     * The filters from query parameters (blank means not filtered); a bad value is an
     * {@link IllegalArgumentException} whose message says which and why, fit to show to the user.
     */
    public static TrafficLogQuery parse(String status, String method, String path, String clientIp, String from,
            String until) {
        Integer statusClass = null;
        String statusText = blankToNull(status);
        if (statusText != null) {
            statusClass = switch (AsciiCase.lower(statusText)) {
                case "1xx", "1" -> 1;
                case "2xx", "2" -> 2;
                case "3xx", "3" -> 3;
                case "4xx", "4" -> 4;
                case "5xx", "5" -> 5;
                default -> throw new IllegalArgumentException("The status filter must be a class from 1xx to 5xx.");
            };
        }
        String methodFilter = blankToNull(method);
        if (methodFilter != null) {
            if (!METHOD.matcher(methodFilter).matches()) {
                throw new IllegalArgumentException("The method filter must be an HTTP method such as GET.");
            }
            methodFilter = AsciiCase.upper(methodFilter);
        }
        String pathFilter = blankToNull(path);
        if (pathFilter != null && pathFilter.length() > MAX_PATH_PART) {
            throw new IllegalArgumentException("The path filter may be at most " + MAX_PATH_PART + " characters.");
        }
        String addressFilter = blankToNull(clientIp);
        if (addressFilter != null && !ADDRESS.matcher(addressFilter).matches()) {
            throw new IllegalArgumentException("The client IP filter must be an IPv4 or IPv6 address.");
        }
        Instant fromInstant = instant(from, "from");
        Instant untilInstant = instant(until, "until");
        if (fromInstant != null && untilInstant != null && !fromInstant.isBefore(untilInstant)) {
            throw new IllegalArgumentException("The time range must end after it starts.");
        }
        return new TrafficLogQuery(statusClass, methodFilter, pathFilter, addressFilter, fromInstant, untilInstant);
    }

    /** The lowest status of the class, or null. */
    public Integer statusFrom() {
        return statusClass == null ? null : statusClass * 100;
    }

    /** The first status past the class, or null. */
    public Integer statusUntil() {
        return statusClass == null ? null : statusClass * 100 + 100;
    }

    private static Instant instant(String text, String name) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value);
            if (local.getYear() < 2000 || local.getYear() > 9999) {
                throw new IllegalArgumentException("The " + name + " time must be a date and time as YYYY-MM-DDTHH:MM.");
            }
            return local.atZone(OrderLogQuery.IST).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The " + name + " time must be a date and time as YYYY-MM-DDTHH:MM.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
