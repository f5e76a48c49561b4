package io.algogate.gateway.application;

import io.algogate.broker.spi.Action;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a smart order places to bring the current position to the target ({@code position_size}),
 * by OpenAlgo's rules (its brokers' {@code place_smartorder_api}):
 * <ul>
 * <li>target 0 and flat: the request's own action and quantity (nothing when that quantity is 0);</li>
 * <li>target equal to the current position: nothing;</li>
 * <li>target 0: flatten the current position;</li>
 * <li>flat: BUY (long target) or SELL (short target) the whole target;</li>
 * <li>otherwise: BUY or SELL the difference.</li>
 * </ul>
 */
public record SmartOrderDecision(Action action, BigDecimal quantity) {

    public SmartOrderDecision {
        Objects.requireNonNull(action, "action");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("a smart order places a positive quantity");
        }
    }

    /** The order to place, or empty when the position already matches. */
    public static Optional<SmartOrderDecision> decide(Action requestedAction, BigDecimal requestedQuantity,
            BigDecimal targetPosition, BigDecimal currentPosition) {
        if (targetPosition.signum() == 0 && currentPosition.signum() == 0) {
            return requestedQuantity.signum() > 0
                    ? Optional.of(new SmartOrderDecision(requestedAction, requestedQuantity)) : Optional.empty();
        }
        int comparison = targetPosition.compareTo(currentPosition);
        if (comparison == 0) {
            return Optional.empty();
        }
        Action action = comparison > 0 ? Action.BUY : Action.SELL;
        return Optional.of(new SmartOrderDecision(action, targetPosition.subtract(currentPosition).abs()));
    }
}
