package io.algogate.gateway.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.application.StrategyDefinition;
import io.algogate.gateway.domain.IntradayWindow;
import io.algogate.gateway.domain.StrategyTradingMode;
import io.algogate.gateway.interfaces.rest.ApiError;
import io.algogate.gateway.support.SharedValidator;
import jakarta.validation.Validator;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin's strategy body: OpenAlgo's defaults, and every bad field named in one 400. */
class StrategyDefinitionSchemaTest {

    private static final Validator validator = SharedValidator.get();

    @Test
    void aNameAloneIsAnIntradayLongStrategyWithOpenAlgosTimes() {
        StrategyDefinition definition = StrategyDefinitionSchema.parse("{\"name\":\"trend\"}", validator).toDefinition();
        assertEquals(new StrategyDefinition("trend", StrategyTradingMode.LONG,
                new IntradayWindow(LocalTime.of(9, 15), LocalTime.of(15, 0), LocalTime.of(15, 15)), true, List.of()),
                definition);
    }

    @Test
    void everythingSet() {
        StrategyDefinition definition = StrategyDefinitionSchema.parse("{\"name\":\"swing\",\"trading_mode\":\"BOTH\","
                + "\"is_intraday\":false,\"is_active\":false,\"symbols\":[{\"symbol\":\"SBIN\",\"exchange\":\"NSE\","
                + "\"quantity\":\"5\",\"product\":\"CNC\"}]}", validator).toDefinition();
        assertEquals(StrategyTradingMode.BOTH, definition.tradingMode());
        assertNull(definition.intradayWindow());
        assertEquals(false, definition.active());
        assertEquals(5, definition.symbolMappings().get(0).getQuantity());
        assertEquals("CNC", definition.symbolMappings().get(0).getProduct());
    }

    @Test
    void everyBadFieldIsNamed() {
        ApiError refused = assertThrows(ApiError.class, () -> StrategyDefinitionSchema.parse("{\"trading_mode\":\"UP\","
                + "\"start_time\":\"9am\",\"colour\":\"red\",\"symbols\":[{\"symbol\":\"SBIN\",\"exchange\":\"NYSE\","
                + "\"quantity\":0,\"product\":\"MIS\"},{\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"quantity\":1,"
                + "\"product\":\"BO\"}]}", validator));
        // The message names each bad field as "field: problem", in the order they were found.
        String message = refused.getMessage();
        assertTrue(message.startsWith("Validation failed. "), message);
        for (String field : List.of("colour", "name", "start_time", "symbols", "symbols[0].exchange",
                "symbols[0].quantity", "symbols[1].product", "trading_mode")) {
            assertTrue(message.contains(field + ": "), field + " in " + message);
        }
        assertEquals(8, message.split("; ").length, message);
    }

    @Test
    void theWindowMustBeInOrder() {
        ApiError backwards = assertThrows(ApiError.class, () -> StrategyDefinitionSchema.parse(
                "{\"name\":\"n\",\"start_time\":\"15:00\",\"end_time\":\"09:30\"}", validator));
        assertTrue(backwards.getMessage().contains("end_time: Must be after start_time."), backwards.getMessage());
        ApiError lateEnd = assertThrows(ApiError.class, () -> StrategyDefinitionSchema.parse(
                "{\"name\":\"n\",\"end_time\":\"15:20\",\"squareoff_time\":\"15:15\"}", validator));
        assertTrue(lateEnd.getMessage().contains("squareoff_time: Must not be before end_time."), lateEnd.getMessage());
    }
}
