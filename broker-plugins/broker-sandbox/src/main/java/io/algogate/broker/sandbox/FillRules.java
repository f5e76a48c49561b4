package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.Order;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * When an order fills and at what price, given the market at one tick: OpenAlgo's sandbox rules.
 * MARKET at the ask (buy) or bid (sell); LIMIT at its price once the last price reaches it; SL at the
 * last price once it has crossed the trigger while still within the limit; SL-M at the ask or bid once
 * the last price crosses the trigger.
 */
final class FillRules {

    private FillRules() {
    }

    static Optional<BigDecimal> fillPrice(Order order, BigDecimal ltp, BigDecimal bid, BigDecimal ask) {
        boolean buy = order.action() == Action.BUY;
        BigDecimal limit = order.price();
        BigDecimal trigger = order.triggerPrice();
        return switch (order.priceType()) {
            case MARKET -> Optional.of(buy ? ask : bid);
            case LIMIT -> (buy ? ltp.compareTo(limit) <= 0 : ltp.compareTo(limit) >= 0)
                    ? Optional.of(limit) : Optional.empty();
            case STOP_LOSS -> (buy ? ltp.compareTo(trigger) >= 0 && ltp.compareTo(limit) <= 0
                    : ltp.compareTo(trigger) <= 0 && ltp.compareTo(limit) >= 0) ? Optional.of(ltp) : Optional.empty();
            case STOP_LOSS_MARKET -> (buy ? ltp.compareTo(trigger) >= 0 : ltp.compareTo(trigger) <= 0)
                    ? Optional.of(buy ? ask : bid) : Optional.empty();
        };
    }
}
