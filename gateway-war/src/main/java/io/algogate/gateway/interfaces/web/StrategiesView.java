package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.interfaces.admin.StrategyDefinitionSchema;
import io.algogate.gateway.interfaces.rest.OrderVocabulary;
import java.util.List;

/**
 * The strategy pages' view model: the list (with the form for a new strategy) or one strategy (with
 * its definition form and its symbol mappings), a notice or an error, and the choices the forms offer.
 */
public class StrategiesView {

    private final List<StrategyRow> rows;
    private final StrategyRow strategy;
    private final StrategyFormView form;
    private final String notice;
    private final String error;

    StrategiesView(List<StrategyRow> rows, StrategyRow strategy, StrategyFormView form, String notice, String error) {
        this.rows = List.copyOf(rows);
        this.strategy = strategy;
        this.form = form;
        this.notice = notice;
        this.error = error;
    }

    public List<StrategyRow> getRows() {
        return rows;
    }

    /** The strategy of the edit page; null on the list. */
    public StrategyRow getStrategy() {
        return strategy;
    }

    public StrategyFormView getForm() {
        return form;
    }

    public String getNotice() {
        return notice;
    }

    public String getError() {
        return error;
    }

    public List<String> getTradingModes() {
        return StrategyDefinitionSchema.MODES;
    }

    public List<String> getExchanges() {
        return OrderVocabulary.exchanges();
    }

    public List<String> getProducts() {
        return OrderVocabulary.products();
    }
}
