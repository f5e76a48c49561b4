package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.OrderLogQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order log page's model: the filters as the form shows them, a page of rows, and the query
 * strings (already URL-encoded; the view still escapes them for HTML) of the next, previous and CSV links.
 */
public class OrderLogView {

    private final String endpoint;
    private final String mode;
    private final String date;
    private final int page;
    private final List<OrderLogRow> rows;
    private final boolean hasNext;
    private final String error;

    OrderLogView(OrderLogQuery query, int page, List<OrderLogRow> rows, boolean hasNext) {
        this(query.endpoint(), query.mode() == null ? null : query.mode().wireName(),
                query.date() == null ? null : query.date().toString(), page, rows, hasNext, null);
    }

    private OrderLogView(String endpoint, String mode, String date, int page, List<OrderLogRow> rows, boolean hasNext,
            String error) {
        this.endpoint = endpoint == null ? "" : endpoint;
        this.mode = mode == null ? "" : mode;
        this.date = date == null ? "" : date;
        this.page = page;
        this.rows = rows;
        this.hasNext = hasNext;
        this.error = error;
    }

    /** The page for filters that could not be read: the form keeps what was typed, no rows. */
    static OrderLogView refused(String endpoint, String mode, String date, String error) {
        return new OrderLogView(endpoint, mode, date, 0, List.of(), false, error);
    }

    public String getEndpoint() {
        return endpoint;
    }

    public String getMode() {
        return mode;
    }

    public String getDate() {
        return date;
    }

    public int getPage() {
        return page;
    }

    /** The page number as people count, from 1. */
    public int getPageShown() {
        return page + 1;
    }

    public List<OrderLogRow> getRows() {
        return rows;
    }

    public String getError() {
        return error;
    }

    public boolean isHasNext() {
        return hasNext;
    }

    public boolean isHasPrevious() {
        return page > 0 && error == null;
    }

    public String getNextQuery() {
        return query(page + 1);
    }

    public String getPreviousQuery() {
        return query(page - 1);
    }

    /** The CSV export's query: the same filters, no page (the export is every matching line). */
    public String getCsvQuery() {
        return error == null ? query(-1) : "";
    }

    private String query(int pageNumber) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("endpoint", endpoint);
        parameters.put("mode", mode);
        parameters.put("date", date);
        if (pageNumber > 0) {
            parameters.put("page", Integer.toString(pageNumber));
        }
        return parameters.entrySet().stream().filter(p -> !p.getValue().isEmpty())
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
