package io.algogate.gateway.interfaces.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traffic page's model: the filters as typed, a page of rows, the busiest paths' figures and the
 * chart over the newest {@link AdminTrafficController#SAMPLE_SIZE} matching requests, and the query
 * strings of the pager and CSV links (URL-encoded; the view still escapes them for HTML).
 */
public class TrafficView {

    /** The filter fields as the form names them, in the form's order. */
    static final List<String> FILTERS = List.of("status", "method", "path", "ip", "from", "until");

    private final Map<String, String> filters;
    private final int page;
    private final List<TrafficRow> rows;
    private final boolean hasNext;
    private final List<EndpointStats> stats;
    private final TrafficChart chart;
    private final String error;

    TrafficView(Map<String, String> filters, int page, List<TrafficRow> rows, boolean hasNext,
            List<EndpointStats> stats, TrafficChart chart, String error) {
        this.filters = new LinkedHashMap<>();
        FILTERS.forEach(name -> this.filters.put(name, filters.get(name) == null ? "" : filters.get(name)));
        this.page = page;
        this.rows = rows;
        this.hasNext = hasNext;
        this.stats = stats;
        this.chart = chart;
        this.error = error;
    }

    /** The page for filters that could not be read: the form keeps what was typed, nothing else. */
    static TrafficView refused(Map<String, String> filters, String error) {
        return new TrafficView(filters, 0, List.of(), false, List.of(), null, error);
    }

    /** The filters as typed, by field name ({@code status}, {@code method}, ...). */
    public Map<String, String> getFilters() {
        return filters;
    }

    public int getPageShown() {
        return page + 1;
    }

    public List<TrafficRow> getRows() {
        return rows;
    }

    public List<EndpointStats> getStats() {
        return stats;
    }

    public TrafficChart getChart() {
        return chart;
    }

    public String getError() {
        return error;
    }

    public int getSampleSize() {
        return AdminTrafficController.SAMPLE_SIZE;
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
        return query(0);
    }

    private String query(int pageNumber) {
        Map<String, String> parameters = new LinkedHashMap<>(filters);
        if (pageNumber > 0) {
            parameters.put("page", Integer.toString(pageNumber));
        }
        return QueryString.of(parameters);
    }
}
