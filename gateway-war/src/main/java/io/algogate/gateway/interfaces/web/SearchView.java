package io.algogate.gateway.interfaces.web;

import java.util.List;

/** The symbol search page: what was asked (shown back as text), what was found, or why not. */
public class SearchView {

    private final String query;
    private final String exchange;
    private final List<String> exchanges;
    private final List<SearchRow> rows;
    private final boolean searched;
    private final boolean capped;
    private final String error;

    public SearchView(String query, String exchange, List<String> exchanges, List<SearchRow> rows, boolean searched,
            boolean capped, String error) {
        this.query = query == null ? "" : query;
        this.exchange = exchange == null ? "" : exchange;
        this.exchanges = List.copyOf(exchanges);
        this.rows = List.copyOf(rows);
        this.searched = searched;
        this.capped = capped;
        this.error = error;
    }

    public String getQuery() {
        return query;
    }

    public String getExchange() {
        return exchange;
    }

    public List<String> getExchanges() {
        return exchanges;
    }

    public List<SearchRow> getRows() {
        return rows;
    }

    /** Whether a search ran (a query was given and accepted). */
    public boolean isSearched() {
        return searched;
    }

    /** Whether there may be more matches than shown (the API's cap). */
    public boolean isCapped() {
        return capped;
    }

    public String getError() {
        return error;
    }
}
