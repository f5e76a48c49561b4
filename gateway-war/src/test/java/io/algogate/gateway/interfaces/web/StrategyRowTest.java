package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.IntradayWindow;
import io.algogate.gateway.domain.Strategy;
import io.algogate.gateway.domain.StrategyTradingMode;
import io.algogate.gateway.domain.SymbolMapping;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strategy pages' view models: what a row and the forms show of a strategy. */
class StrategyRowTest {

    private static Strategy strategy(IntradayWindow window) {
        Strategy strategy = new Strategy("trend", 1L, "4a250203-8594-4f4e-af95-581dbd48363a", Instant.EPOCH);
        strategy.redefine("trend", StrategyTradingMode.SHORT, window, false,
                List.of(new SymbolMapping("SBIN", "NSE", 3, "MIS")), Instant.EPOCH);
        return strategy;
    }

    @Test
    void aRowShowsTheWindowTheStateTheMappingsAndTheUrlItWasGiven() {
        StrategyRow row = StrategyRow.of(strategy(new IntradayWindow(LocalTime.of(9, 30), LocalTime.of(14, 0),
                LocalTime.of(15, 0))), "https://gw.example/strategy/webhook/x");
        assertEquals("intraday 09:30-14:00, square-off 15:00", row.getWindow());
        assertEquals("SHORT", row.getTradingMode());
        assertEquals(false, row.isActive());
        assertEquals("https://gw.example/strategy/webhook/x", row.getWebhookUrl());
        assertEquals(3, row.getMappings().get(0).getQuantity());
        assertEquals("positional", StrategyRow.of(strategy(null), "u").getWindow());
    }

    @Test
    void theEditFormOfAPositionalStrategyOffersTheDefaultWindow() {
        StrategyFormView form = StrategyFormView.of(strategy(null));
        assertEquals(false, form.isIntraday());
        assertEquals("09:15", form.getStartTime());
        assertEquals("15:15", form.getSquareoffTime());
        assertEquals("SHORT", form.getTradingMode());
        StrategyFormView fresh = StrategyFormView.defaults();
        assertTrue(fresh.isIntraday() && fresh.isActive());
        assertEquals("LONG", fresh.getTradingMode());
    }

    @Test
    void onlyTheNamedNoticesAreShown() {
        assertEquals("Strategy deleted.", StrategiesController.notice("deleted"));
        assertNull(StrategiesController.notice(null));
        assertNull(StrategiesController.notice("<script>"), "a query never becomes page text");
    }
}
