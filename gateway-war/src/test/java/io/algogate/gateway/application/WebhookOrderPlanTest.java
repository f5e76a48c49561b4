package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.broker.spi.Action;
import io.algogate.gateway.application.WebhookOrderPlan.Route;
import io.algogate.gateway.domain.StrategyTradingMode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OpenAlgo's strategy rules: each trading mode with each action, and the position_size cases. */
class WebhookOrderPlanTest {

    private static final int MAPPED = 10;

    @ParameterizedTest(name = "{0} {1} position_size={2}: {3} {4} quantity {5} target {6}, exit {7}")
    @CsvSource(nullValues = "null", value = {
            // LONG: BUY enters with the mapped quantity (or |position_size|), SELL flattens
            "LONG,  BUY,  null, PLACE_ORDER, BUY,  10, null, false",
            "LONG,  BUY,  0,    PLACE_ORDER, BUY,  10, null, false",
            "LONG,  BUY,  4,    PLACE_ORDER, BUY,  4,  null, false",
            "LONG,  BUY,  -4,   PLACE_ORDER, BUY,  4,  null, false",
            "LONG,  SELL, null, SMART_ORDER, SELL, 0,  0,    true",
            "LONG,  SELL, 7,    SMART_ORDER, SELL, 0,  0,    true",
            // SHORT: SELL enters, BUY flattens
            "SHORT, SELL, null, PLACE_ORDER, SELL, 10, null, false",
            "SHORT, SELL, -3,   PLACE_ORDER, SELL, 3,  null, false",
            "SHORT, BUY,  null, SMART_ORDER, BUY,  0,  0,    true",
            // BOTH: always a smart order to the signal's target; 0 is the exit
            "BOTH,  BUY,  5,    SMART_ORDER, BUY,  10, 5,    false",
            "BOTH,  SELL, -5,   SMART_ORDER, SELL, 10, -5,   false",
            "BOTH,  BUY,  0,    SMART_ORDER, BUY,  0,  0,    true",
            "BOTH,  SELL, 0,    SMART_ORDER, SELL, 0,  0,    true",
    })
    void eachModeAndAction(StrategyTradingMode mode, Action action, Integer positionSize, Route route,
            Action orderAction, int quantity, Integer target, boolean exit) {
        WebhookOrderPlan plan = WebhookOrderPlan.of(mode, action, positionSize, MAPPED);
        assertEquals(new WebhookOrderPlan(route, orderAction, BigDecimal.valueOf(quantity),
                target == null ? null : BigDecimal.valueOf(target), exit), plan);
    }

    @Test
    void bothModeRefusesASignalThatContradictsItsAction() {
        InvalidInputException buyShort = assertThrows(InvalidInputException.class,
                () -> WebhookOrderPlan.of(StrategyTradingMode.BOTH, Action.BUY, -1, MAPPED));
        assertEquals(Map.of("position_size", WebhookOrderPlan.BUY_AIMS_SHORT), buyShort.fieldErrors());
        InvalidInputException sellLong = assertThrows(InvalidInputException.class,
                () -> WebhookOrderPlan.of(StrategyTradingMode.BOTH, Action.SELL, 2, MAPPED));
        assertEquals(Map.of("position_size", WebhookOrderPlan.SELL_AIMS_LONG), sellLong.fieldErrors());
    }

    @Test
    void routesAreNamedAsTheOrderEndpoints() {
        assertEquals("placeorder", Route.PLACE_ORDER.wireName());
        assertEquals("placesmartorder", Route.SMART_ORDER.wireName());
    }
}
