package io.algogate.gateway.application;

import io.algogate.broker.spi.Action;
import io.algogate.gateway.domain.StrategyTradingMode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What a webhook signal becomes, by OpenAlgo's strategy rules:
 * <ul>
 * <li>LONG: BUY enters (placeorder of the mapped quantity, or of |position_size| when one is sent);
 * SELL exits (placesmartorder to a flat position).</li>
 * <li>SHORT: the same with SELL entering and BUY exiting.</li>
 * <li>BOTH: always placesmartorder to the signal's {@code position_size} (the mapped quantity, or 0
 * when flattening); a BUY may not aim short nor a SELL long. A target of 0 is the exit.</li>
 * </ul>
 *
 * @param route the order route the signal takes
 * @param quantity the order's quantity (0 for a smart order that only flattens)
 * @param positionSize the smart order's target; null for placeorder
 * @param exit whether this closes a position (it may then trade until square-off, not only until the
 *        end of the entry window)
 */
public record WebhookOrderPlan(Route route, Action action, BigDecimal quantity, BigDecimal positionSize, boolean exit) {

    /** The order routes a webhook reaches, named as the order log and OpenAlgo name them. */
    public enum Route {
        PLACE_ORDER("placeorder"),
        SMART_ORDER("placesmartorder");

        private final String wireName;

        Route(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    static final String BUY_AIMS_SHORT = "For BUY orders in BOTH mode, position_size must be >= 0";
    static final String SELL_AIMS_LONG = "For SELL orders in BOTH mode, position_size must be <= 0";

    public WebhookOrderPlan {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(quantity, "quantity");
    }

    /**
     * The plan for a signal.
     *
     * @param positionSize the signal's {@code position_size}, or null when it sent none (BOTH needs one)
     * @throws InvalidInputException naming {@code position_size} when BOTH mode's signal contradicts itself
     */
    public static WebhookOrderPlan of(StrategyTradingMode mode, Action action, Integer positionSize, int mappedQuantity) {
        int target = positionSize == null ? 0 : positionSize;
        return switch (mode) {
            case LONG -> action == Action.BUY ? entry(action, target, mappedQuantity) : flatten(action);
            case SHORT -> action == Action.SELL ? entry(action, target, mappedQuantity) : flatten(action);
            case BOTH -> {
                if (action == Action.BUY && target < 0) {
                    throw new InvalidInputException(Map.of("position_size", BUY_AIMS_SHORT));
                }
                if (action == Action.SELL && target > 0) {
                    throw new InvalidInputException(Map.of("position_size", SELL_AIMS_LONG));
                }
                yield new WebhookOrderPlan(Route.SMART_ORDER, action,
                        BigDecimal.valueOf(target == 0 ? 0 : mappedQuantity), BigDecimal.valueOf(target), target == 0);
            }
        };
    }

    private static WebhookOrderPlan entry(Action action, int positionSize, int mappedQuantity) {
        int quantity = positionSize != 0 ? Math.abs(positionSize) : mappedQuantity;
        return new WebhookOrderPlan(Route.PLACE_ORDER, action, BigDecimal.valueOf(quantity), null, false);
    }

    private static WebhookOrderPlan flatten(Action action) {
        return new WebhookOrderPlan(Route.SMART_ORDER, action, BigDecimal.ZERO, BigDecimal.ZERO, true);
    }
}
