package io.algogate.gateway.interfaces.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the models of the admin's filtered, paged lists share (order log, traffic): the page number,
 * whether there is a next page, the message for filters that could not be read, and the query strings
 * of the Newer, Older and CSV links (URL-encoded; the view still escapes them for HTML).
 */
public abstract class FilteredPageView {

    private final int page;
    private final boolean hasNext;
    private final String error;

    protected FilteredPageView(int page, boolean hasNext, String error) {
        this.page = page;
        this.hasNext = hasNext;
        this.error = error;
    }

    /** The filters by query parameter name, in the form's order; blank ones are left out of the links. */
    protected abstract Map<String, String> filterParameters();

    public int getPage() {
        return page;
    }

    /** The page number as people count, from 1. */
    public int getPageShown() {
        return page + 1;
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
        Map<String, String> parameters = new LinkedHashMap<>(filterParameters());
        if (pageNumber > 0) {
            parameters.put("page", Integer.toString(pageNumber));
        }
        return QueryString.of(parameters);
    }
}
