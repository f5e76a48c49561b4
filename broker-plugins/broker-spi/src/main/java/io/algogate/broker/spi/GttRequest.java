package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A GTT order as the gateway hands it to a broker (OpenAlgo's placegttorder fields). Trigger prices
 * are zero when unused; {@code stopLoss} and {@code target} (the limit prices of the OCO legs) and
 * {@code expiresAt} are null when not given. The host validates OpenAlgo's rules (SINGLE has exactly
 * one trigger, OCO has all four with the stop-loss trigger below the target trigger) before calling.
 */
public record GttRequest(
        String strategy,
        GttTriggerType triggerType,
        String exchange,
        String symbol,
        Action action,
        Product product,
        BigDecimal quantity,
        PriceType priceType,
        BigDecimal price,
        BigDecimal triggerPriceStopLoss,
        BigDecimal triggerPriceTarget,
        BigDecimal stopLoss,
        BigDecimal target,
        Instant expiresAt) {

    public GttRequest {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(triggerType, "triggerType");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(priceType, "priceType");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(triggerPriceStopLoss, "triggerPriceStopLoss");
        Objects.requireNonNull(triggerPriceTarget, "triggerPriceTarget");
    }
}
