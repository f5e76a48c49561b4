package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.OrderLogQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order log page's model: the filters as the form shows them, a page of rows, and (from
 * {@link FilteredPageView}) the query strings of the next, previous and CSV links.
 */
public class OrderLogView extends FilteredPageView {

    private final String endpoint;
    private final String mode;
    private final String date;
    private final List<OrderLogRow> rows;

    OrderLogView(OrderLogQuery query, int page, List<OrderLogRow> rows, boolean hasNext) {
        this(query.endpoint(), query.mode() == null ? null : query.mode().wireName(),
                query.date() == null ? null : query.date().toString(), page, rows, hasNext, null);
    }

    private OrderLogView(String endpoint, String mode, String date, int page, List<OrderLogRow> rows, boolean hasNext,
            String error) {
        super(page, hasNext, error);
        this.endpoint = endpoint == null ? "" : endpoint;
        this.mode = mode == null ? "" : mode;
        this.date = date == null ? "" : date;
        this.rows = rows;
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

    public List<OrderLogRow> getRows() {
        return rows;
    }

    @Override
    protected Map<String, String> filterParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("endpoint", endpoint);
        parameters.put("mode", mode);
        parameters.put("date", date);
        return parameters;
    }
}
