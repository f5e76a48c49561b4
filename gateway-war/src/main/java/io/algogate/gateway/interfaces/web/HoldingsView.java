package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Holding;
import io.algogate.gateway.application.HoldingTotals;
import java.util.List;

/** The holdings page: the rows and OpenAlgo's portfolio totals ({@link HoldingTotals}). */
public class HoldingsView {

    private final List<Holding> holdings;
    private final HoldingTotals totals;
    private final String error;

    public HoldingsView(List<Holding> holdings, String error) {
        this.holdings = List.copyOf(holdings);
        this.totals = HoldingTotals.of(holdings);
        this.error = error;
    }

    public List<HoldingRow> getRows() {
        return holdings.stream().map(HoldingRow::new).toList();
    }

    public String getHoldingValue() {
        return Amounts.money(totals.holdingValue());
    }

    public String getInvestment() {
        return Amounts.money(totals.investment());
    }

    public String getPnl() {
        return Amounts.signed(totals.pnl());
    }

    public String getPnlPercent() {
        return Amounts.signed(totals.pnlPercent()) + "%";
    }

    public String getPnlTone() {
        return Amounts.tone(totals.pnl());
    }

    public String getError() {
        return error;
    }
}
