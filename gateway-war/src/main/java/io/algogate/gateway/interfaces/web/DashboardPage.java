package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Order;
import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.application.BrokerSessionService;
import io.algogate.gateway.application.MarketCalendar;
import io.algogate.gateway.application.OrderService;
import io.algogate.gateway.application.PnlSampler;
import io.algogate.gateway.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers what the dashboard shows, for its own page and for the analyzer switch's answer to a bad
 * request. The funds come from {@link OrderService#funds}, the call the API's {@code funds} makes;
 * a broker that refuses leaves a message in place of the numbers, never an error page.
 */
@ApplicationScoped
public class DashboardPage {

    @Inject
    OrderService orders;

    @Inject
    BrokerSessionService brokerSessions;

    @Inject
    AnalyzerService analyzer;

    @Inject
    PnlSampler pnl;

    @Inject
    Clock clock;

    public DashboardView of(UserAccount user, String analyzerError) {
        long userId = user.getId();
        boolean connected = brokerSessions.isLive(userId);
        boolean analyze = analyzer.analyzeMode();
        LocalDate today = LocalDate.ofInstant(clock.instant(), MarketCalendar.IST);
        FundsView funds = null;
        String fundsMessage = "";
        List<OrderRow> todays = List.of();
        String brokerMessage = connected ? "" : disconnectedMessage(userId);
        // In analyze mode the sandbox answers, whether or not the live broker is logged in.
        if (connected || analyze) {
            try {
                funds = new FundsView(orders.funds(userId));
            } catch (BrokerException e) {
                fundsMessage = "The broker did not give the funds: " + e.getMessage();
            }
            try {
                todays = orders.orderBook(userId).stream()
                        .filter(order -> LocalDate.ofInstant(order.placedAt(), MarketCalendar.IST).equals(today))
                        .sorted(Comparator.comparing(Order::placedAt).reversed()).map(OrderRow::new).toList();
            } catch (BrokerException e) {
                brokerMessage = "The broker did not give the order book: " + e.getMessage();
            }
        } else {
            fundsMessage = "Log in to the broker to see the funds.";
        }
        return new DashboardView(user.getUsername(),
                new DashboardView.Broker(orders.brokerId(), orders.brokerName(), connected, brokerMessage),
                funds, fundsMessage, todays, analyze, analyzerError, new PnlChartView(pnl.today(userId), today));
    }

    private String disconnectedMessage(long userId) {
        return brokerSessions.record(userId).filter(r -> r.getEstablishedAt() != null)
                .map(r -> "Your broker session has ended (the daily cut-off, or a logout at the broker). "
                        + "Log in to the broker again to trade.")
                .orElse("You are not logged in to the broker yet.");
    }
}
