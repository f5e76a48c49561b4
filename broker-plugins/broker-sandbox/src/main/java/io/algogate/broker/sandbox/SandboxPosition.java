package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One net position as the engine keeps it, per exchange, symbol and product.
 *
 * @param quantity      signed net quantity: positive long, negative short, zero once closed
 * @param averagePrice  average price of the open quantity (kept after a close, for the book)
 * @param realisedPnl   P&amp;L realised by reducing and closing, since the position was first opened
 * @param blockedMargin margin held for the open quantity
 * @param openedOn      the trading day (IST) the position last went from flat to open; CNC longs
 *                      count as holdings from the next day (T+1)
 */
record SandboxPosition(String exchange, String symbol, Product product, BigDecimal quantity,
        BigDecimal averagePrice, BigDecimal realisedPnl, BigDecimal blockedMargin, LocalDate openedOn) {

    SandboxPosition {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(realisedPnl, "realisedPnl");
        Objects.requireNonNull(blockedMargin, "blockedMargin");
        Objects.requireNonNull(openedOn, "openedOn");
    }

    static SandboxPosition flat(String exchange, String symbol, Product product, LocalDate day) {
        return new SandboxPosition(exchange, symbol, product, BigDecimal.ZERO, Money.price(BigDecimal.ZERO),
                Money.ZERO, Money.ZERO, day);
    }

    /** Unrealised P&amp;L at the price: (price - average) x signed quantity. */
    BigDecimal unrealisedPnl(BigDecimal ltp) {
        return Money.money(ltp.subtract(averagePrice).multiply(quantity));
    }
}
