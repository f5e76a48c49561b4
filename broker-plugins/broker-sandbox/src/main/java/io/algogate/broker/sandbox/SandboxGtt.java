package io.algogate.broker.sandbox;

import io.algogate.broker.spi.GttLeg;
import io.algogate.broker.spi.GttOrder;
import io.algogate.broker.spi.GttRequest;
import io.algogate.broker.spi.GttTriggerType;
import io.algogate.broker.spi.OrderRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An active GTT as the sandbox keeps it: the request as placed (or last modified), the last price when
 * it was placed, which tells a SINGLE trigger's direction (as Kite's {@code last_price} does), and its
 * times. {@code expiresAt} is always set: the request's, or {@link #DEFAULT_LIFETIME} after placing.
 *
 * <p>The legs: a SINGLE has one trigger, whichever of the two trigger prices is set, and its order is
 * priced at the request's {@code price}; it fires when the last price reaches the trigger from the side
 * it was on at placing. An OCO has a stop-loss trigger, which fires at or below it and places its leg at
 * {@code stoploss}, and a target trigger, which fires at or above it and places its leg at
 * {@code target}; both legs have the request's action, quantity, price type and product.
 */
record SandboxGtt(String triggerId, GttRequest request, BigDecimal placedLastPrice, Instant createdAt,
        Instant updatedAt, Instant expiresAt) {

    /** Kite's: a GTT without an expiry lives a year. */
    static final Duration DEFAULT_LIFETIME = Duration.ofDays(365);

    SandboxGtt {
        Objects.requireNonNull(triggerId, "triggerId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(placedLastPrice, "placedLastPrice");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A GTT placed (or, keeping {@code createdAt}, replaced) at {@code at} with the last price then. */
    static SandboxGtt placed(String triggerId, GttRequest request, BigDecimal lastPrice, Instant createdAt,
            Instant at) {
        Instant expiry = request.expiresAt() != null ? request.expiresAt() : at.plus(DEFAULT_LIFETIME);
        return new SandboxGtt(triggerId, request, lastPrice, createdAt, at, expiry);
    }

    /**
     * What the request lacks to make a GTT, if anything. The host checks OpenAlgo's rules before it
     * calls; these are the ones the sandbox relies on, so a host that did not cannot make it fail.
     */
    static Optional<String> incomplete(GttRequest request) {
        if (request.quantity().signum() <= 0) {
            return Optional.of("A GTT's quantity must be above 0");
        }
        if (request.triggerType() == GttTriggerType.OCO) {
            boolean complete = request.triggerPriceStopLoss().signum() > 0 && request.triggerPriceTarget().signum() > 0
                    && request.stopLoss() != null && request.target() != null
                    && request.triggerPriceStopLoss().compareTo(request.triggerPriceTarget()) < 0;
            return complete ? Optional.empty() : Optional.of("An OCO GTT needs a stop-loss trigger below a target"
                    + " trigger, both above 0, and a stoploss and a target price");
        }
        return request.triggerPriceStopLoss().signum() > 0 == request.triggerPriceTarget().signum() > 0
                ? Optional.of("A SINGLE GTT needs exactly one of its two trigger prices above 0") : Optional.empty();
    }

    /**
     * One trigger: the price, whether it fires when the last price is at or above it (else at or
     * below), and the order it places.
     */
    record Trigger(BigDecimal price, boolean firesAtOrAbove, OrderRequest order) {

        boolean firedBy(BigDecimal lastPrice) {
            int side = lastPrice.compareTo(price);
            return firesAtOrAbove ? side >= 0 : side <= 0;
        }
    }

    /** The triggers, in ascending price (OpenAlgo's {@code trigger_prices} order). */
    List<Trigger> triggers() {
        BigDecimal stopLossTrigger = request.triggerPriceStopLoss();
        BigDecimal targetTrigger = request.triggerPriceTarget();
        if (request.triggerType() == GttTriggerType.OCO) {
            return List.of(new Trigger(stopLossTrigger, false, leg(request.stopLoss())),
                    new Trigger(targetTrigger, true, leg(request.target())));
        }
        BigDecimal trigger = stopLossTrigger.signum() > 0 ? stopLossTrigger : targetTrigger;
        return List.of(new Trigger(trigger, placedLastPrice.compareTo(trigger) < 0, leg(request.price())));
    }

    /** The trigger the last price fires, if any (an OCO's two cannot both fire: stop-loss is below target). */
    Optional<Trigger> firedBy(BigDecimal lastPrice) {
        return triggers().stream().filter(trigger -> trigger.firedBy(lastPrice)).findFirst();
    }

    /** As the SPI's GTT book shows it, with {@code last_price} the price at placing. */
    GttOrder toSpi() {
        List<Trigger> triggers = triggers();
        return new GttOrder(triggerId, request.triggerType(), request.exchange(), request.symbol(),
                triggers.stream().map(Trigger::price).toList(), placedLastPrice,
                triggers.stream().map(trigger -> toLeg(trigger.order())).toList(), createdAt, updatedAt, expiresAt);
    }

    private OrderRequest leg(BigDecimal price) {
        return new OrderRequest(request.strategy(), request.exchange(), request.symbol(), request.action(),
                request.quantity(), request.priceType(), request.product(), price, BigDecimal.ZERO, 0);
    }

    private static GttLeg toLeg(OrderRequest order) {
        return new GttLeg(order.action(), order.quantity(), order.price(), order.priceType(), order.product());
    }
}
