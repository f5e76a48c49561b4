package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Trade;
import java.math.RoundingMode;

/** One execution as the trade book shows it (a JavaBean: JSP's EL cannot read records). */
public class TradeRow {

    private final Trade trade;

    public TradeRow(Trade trade) {
        this.trade = trade;
    }

    public String getOrderId() {
        return trade.orderId();
    }

    public String getSymbol() {
        return trade.symbol();
    }

    public String getExchange() {
        return trade.exchange();
    }

    public String getAction() {
        return trade.action().name();
    }

    public String getProduct() {
        return trade.product().name();
    }

    public String getQuantity() {
        return trade.quantity().stripTrailingZeros().toPlainString();
    }

    public String getAveragePrice() {
        return trade.averagePrice().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String getTradeValue() {
        return trade.tradeValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String getTime() {
        return OrderRow.TIME.format(trade.tradedAt());
    }
}
