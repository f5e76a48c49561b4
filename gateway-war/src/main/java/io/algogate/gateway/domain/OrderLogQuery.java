package io.algogate.gateway.domain;

import io.algogate.security.filters.AsciiCase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Which order log lines to show: by endpoint, by mode and by a day in IST (the trader's day). Each part
 * is null when not filtered. {@link #parse} reads the dashboard's and the CSV export's query parameters.
 */
public record OrderLogQuery(String endpoint, TradingMode mode, LocalDate date) {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    public static final OrderLogQuery ALL = new OrderLogQuery(null, null, null);
    /** An endpoint as the order log names it: {@code placeorder}, {@code analyzer/toggle}. */
    private static final Pattern ENDPOINT = Pattern.compile("[a-z]{1,32}(/[a-z]{1,32})?");

    /**
     * The filters from query parameters (blank means not filtered); a bad value is an
     * {@link IllegalArgumentException} whose message says which and why, fit to show to the user.
     */
    public static OrderLogQuery parse(String endpoint, String mode, String date) {
        String endpointFilter = blankToNull(endpoint);
        if (endpointFilter != null && !ENDPOINT.matcher(endpointFilter).matches()) {
            throw new IllegalArgumentException("The endpoint filter must be an endpoint name such as placeorder.");
        }
        TradingMode modeFilter = null;
        String modeText = blankToNull(mode);
        if (modeText != null) {
            modeFilter = switch (AsciiCase.lower(modeText)) {
                case "live" -> TradingMode.LIVE;
                case "analyze" -> TradingMode.ANALYZE;
                default -> throw new IllegalArgumentException("The mode filter must be live or analyze.");
            };
        }
        LocalDate dateFilter = null;
        String dateText = blankToNull(date);
        if (dateText != null) {
            try {
                dateFilter = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("The date filter must be a date as YYYY-MM-DD.");
            }
            if (dateFilter.getYear() < 2000 || dateFilter.getYear() > 9999) {
                throw new IllegalArgumentException("The date filter must be a date as YYYY-MM-DD.");
            }
        }
        return new OrderLogQuery(endpointFilter, modeFilter, dateFilter);
    }

    /** The first instant of the filtered day (IST), or null. */
    public Instant from() {
        return date == null ? null : date.atStartOfDay(IST).toInstant();
    }

    /** The first instant after the filtered day (IST), or null. */
    public Instant until() {
        return date == null ? null : date.plusDays(1).atStartOfDay(IST).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
