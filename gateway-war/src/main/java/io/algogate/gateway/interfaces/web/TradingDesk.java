package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Order;
import io.algogate.gateway.application.BrokerSessionService;
import io.algogate.gateway.application.OrderService;
import io.algogate.gateway.interfaces.rest.BrokerExceptionMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * What the trading pages read from the broker, each read answering with the data or with a message
 * for the page: a page still serves when the broker cannot answer, and says why its table is empty.
 */
@ApplicationScoped
public class TradingDesk {

    static final String NOT_CONNECTED = "Not connected to the broker: log in to the broker to see your orders.";

    @Inject
    OrderService orders;

    @Inject
    BrokerSessionService brokerSessions;

    /** The broker's answer, or the message that replaces it. */
    public record Read<T>(T value, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** A read from the broker. */
    @FunctionalInterface
    interface BrokerRead<T> {
        T read() throws BrokerException;
    }

    boolean connected(long userId) {
        return brokerSessions.isLive(userId);
    }

    Read<List<Order>> orderBook(long userId) {
        return read(userId, List.of(), () -> orders.orderBook(userId));
    }

    Read<Optional<FundsSummary>> funds(long userId) {
        return read(userId, Optional.empty(), () -> Optional.of(new FundsSummary(orders.funds(userId))));
    }

    Read<List<TradeRow>> tradeBook(long userId) {
        return read(userId, List.of(), () -> orders.tradeBook(userId).stream().map(TradeRow::new).toList());
    }

    Optional<Order> order(long userId, String orderId) {
        return orderBook(userId).value().stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    private <T> Read<T> read(long userId, T empty, BrokerRead<T> read) {
        if (!connected(userId)) {
            return new Read<>(empty, NOT_CONNECTED);
        }
        try {
            return new Read<>(read.read(), null);
        } catch (BrokerException e) {
            return new Read<>(empty, "The broker did not answer: " + BrokerExceptionMapper.messageOf(e));
        }
    }
}
