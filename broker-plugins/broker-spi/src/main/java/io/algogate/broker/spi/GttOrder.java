package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An active GTT in the broker's GTT book. {@code triggerPrices} are ascending, one per leg for OCO;
 * {@code expiresAt} is null when the GTT does not expire.
 */
public record GttOrder(
        String triggerId,
        GttTriggerType triggerType,
        String exchange,
        String symbol,
        List<BigDecimal> triggerPrices,
        BigDecimal lastPrice,
        List<GttLeg> legs,
        Instant createdAt,
        Instant updatedAt,
        Instant expiresAt) {

    public GttOrder {
        Objects.requireNonNull(triggerId, "triggerId");
        Objects.requireNonNull(triggerType, "triggerType");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        triggerPrices = List.copyOf(triggerPrices);
        Objects.requireNonNull(lastPrice, "lastPrice");
        legs = List.copyOf(legs);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
