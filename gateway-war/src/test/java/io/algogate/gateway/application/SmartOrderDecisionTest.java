package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.algogate.broker.spi.Action;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OpenAlgo's smart-order table: current vs target position gives the action and quantity, or nothing. */
class SmartOrderDecisionTest {

    @ParameterizedTest(name = "request {0} {1}, target {2}, current {3} -> {4} {5}")
    @CsvSource({
        // flat and a flat target: the request itself, or nothing for quantity 0
        "BUY,  5, 0,   0,   BUY,  5",
        "SELL, 5, 0,   0,   SELL, 5",
        "BUY,  0, 0,   0,   NONE, 0",
        // the target equals the position: nothing, whatever was asked
        "BUY,  5, 10,  10,  NONE, 0",
        "SELL, 5, -4,  -4,  NONE, 0",
        // flatten
        "BUY,  5, 0,   10,  SELL, 10",
        "SELL, 5, 0,   -7,  BUY,  7",
        // from flat to a position
        "SELL, 1, 8,   0,   BUY,  8",
        "BUY,  1, -8,  0,   SELL, 8",
        // add, reduce, reverse
        "BUY,  1, 15,  10,  BUY,  5",
        "BUY,  1, 4,   10,  SELL, 6",
        "SELL, 1, -10, 10,  SELL, 20",
        "SELL, 1, 10,  -10, BUY,  20",
        "BUY,  1, -2,  -10, BUY,  8",
        "BUY,  1, -12, -10, SELL, 2",
    })
    void decidesAsOpenAlgo(Action action, int quantity, int target, int current, String expectedAction,
            int expectedQuantity) {
        Optional<SmartOrderDecision> decision = SmartOrderDecision.decide(action, BigDecimal.valueOf(quantity),
                BigDecimal.valueOf(target), BigDecimal.valueOf(current));
        Optional<SmartOrderDecision> expected = expectedAction.equals("NONE") ? Optional.empty()
                : Optional.of(new SmartOrderDecision(Action.valueOf(expectedAction), BigDecimal.valueOf(expectedQuantity)));
        assertEquals(expected, decision);
    }
}
