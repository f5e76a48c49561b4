package io.algogate.gateway.interfaces.web;

import java.util.List;

/**
 * The dashboard's view model: the broker connection, funds and P&amp;L, the analyzer switch, today's
 * orders and the intraday P&amp;L chart. Built by {@link DashboardPage}.
 */
public class DashboardView {

    /** The dashboard lists the newest orders only; the order book has them all. */
    static final int RECENT_ORDERS = 10;

    private final String username;
    private final Broker broker;
    private final FundsView funds;
    private final String fundsMessage;
    private final List<OrderRow> todaysOrders;
    private final boolean analyzeMode;
    private final String analyzerError;
    private final PnlChartView pnlChart;

    /** Where the broker stands: its name, whether the session is live, and what to tell the trader. */
    public record Broker(String id, String name, boolean connected, String message) {
    }

    public DashboardView(String username, Broker broker, FundsView funds, String fundsMessage, List<OrderRow> todaysOrders,
            boolean analyzeMode, String analyzerError, PnlChartView pnlChart) {
        this.username = username;
        this.broker = broker;
        this.funds = funds;
        this.fundsMessage = fundsMessage;
        this.todaysOrders = List.copyOf(todaysOrders);
        this.analyzeMode = analyzeMode;
        this.analyzerError = analyzerError;
        this.pnlChart = pnlChart;
    }

    public String getUsername() {
        return username;
    }

    public String getBrokerId() {
        return broker.id();
    }

    public String getBrokerName() {
        return broker.name();
    }

    /** Whether the broker session is live; without it the API answers "Broker session expired". */
    public boolean isBrokerConnected() {
        return broker.connected();
    }

    /** Why the broker is not connected, or what it refused; empty when all is well. */
    public String getBrokerMessage() {
        return broker.message();
    }

    /** The funds, or null when the broker could not give them ({@link #getFundsMessage()} says why). */
    public FundsView getFunds() {
        return funds;
    }

    public String getFundsMessage() {
        return fundsMessage;
    }

    public int getTodaysOrderCount() {
        return todaysOrders.size();
    }

    /** Today's newest orders, newest first, at most {@value #RECENT_ORDERS}. */
    public List<OrderRow> getOrders() {
        return todaysOrders.subList(0, Math.min(RECENT_ORDERS, todaysOrders.size()));
    }

    public boolean isAnalyzeMode() {
        return analyzeMode;
    }

    /** What the switch posts: the other mode. */
    public String getAnalyzerNext() {
        return analyzeMode ? "off" : "on";
    }

    public String getAnalyzerError() {
        return analyzerError;
    }

    public PnlChartView getPnlChart() {
        return pnlChart;
    }
}
