package io.algogate.gateway.interfaces.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traffic page's model: the filters as typed, a page of rows, and the busiest paths' figures and
 * the chart over the newest {@link AdminTrafficController#SAMPLE_SIZE} matching requests; the pager
 * and CSV links come from {@link FilteredPageView}.
 */
public class TrafficView extends FilteredPageView {

    /** The filter fields as the form names them, in the form's order. */
    static final List<String> FILTERS = List.of("status", "method", "path", "ip", "from", "until");

    private final Map<String, String> filters;
    private final List<TrafficRow> rows;
    private final List<EndpointStats> stats;
    private final TrafficChart chart;

    TrafficView(Map<String, String> filters, int page, List<TrafficRow> rows, boolean hasNext,
            List<EndpointStats> stats, TrafficChart chart, String error) {
        super(page, hasNext, error);
        this.filters = new LinkedHashMap<>();
        FILTERS.forEach(name -> this.filters.put(name, filters.get(name) == null ? "" : filters.get(name)));
        this.rows = rows;
        this.stats = stats;
        this.chart = chart;
    }

    /** The page for filters that could not be read: the form keeps what was typed, nothing else. */
    static TrafficView refused(Map<String, String> filters, String error) {
        return new TrafficView(filters, 0, List.of(), false, List.of(), null, error);
    }

    /** The filters as typed, by field name ({@code status}, {@code method}, ...). */
    public Map<String, String> getFilters() {
        return filters;
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

    public int getSampleSize() {
        return AdminTrafficController.SAMPLE_SIZE;
    }

    @Override
    protected Map<String, String> filterParameters() {
        return filters;
    }
}
