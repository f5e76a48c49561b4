package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Holding;

/** One row of the holdings page (a JavaBean: JSP's EL cannot read records). */
public class HoldingRow {

    private final Holding holding;

    public HoldingRow(Holding holding) {
        this.holding = holding;
    }

    public String getExchange() {
        return holding.exchange();
    }

    public String getSymbol() {
        return holding.symbol();
    }

    public String getProduct() {
        return holding.product().name();
    }

    public String getQuantity() {
        return Amounts.quantity(holding.quantity());
    }

    public String getAveragePrice() {
        return Amounts.money(holding.averagePrice());
    }

    public String getLtp() {
        return Amounts.money(holding.ltp());
    }

    public String getPnl() {
        return Amounts.signed(holding.pnl());
    }

    public String getPnlPercent() {
        return Amounts.signed(holding.pnlPercent()) + "%";
    }

    public String getPnlTone() {
        return Amounts.tone(holding.pnl());
    }
}
