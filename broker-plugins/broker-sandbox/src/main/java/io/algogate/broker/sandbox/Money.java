package io.algogate.broker.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of money in one place: rupees to the paisa, half-up as exchanges publish; average prices
 * to four places so repeated averaging does not drift before the two-place display.
 */
final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final int MONEY_SCALE = 2;
    private static final int PRICE_SCALE = 4;

    private Money() {
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal price(BigDecimal price) {
        return price.setScale(PRICE_SCALE, RoundingMode.HALF_UP);
    }

    /** Margin for a trade value at a leverage: value / leverage, to the paisa. */
    static BigDecimal margin(BigDecimal quantity, BigDecimal price, BigDecimal leverage) {
        return quantity.multiply(price).divide(leverage, MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** Rounds a price to the instrument's tick size (nearest tick, at least one tick). */
    static BigDecimal toTick(double price, BigDecimal tickSize) {
        BigDecimal ticks = BigDecimal.valueOf(price).divide(tickSize, 0, RoundingMode.HALF_UP);
        BigDecimal rounded = ticks.max(BigDecimal.ONE).multiply(tickSize);
        return rounded.setScale(Math.max(MONEY_SCALE, tickSize.scale()), RoundingMode.HALF_UP);
    }
}
