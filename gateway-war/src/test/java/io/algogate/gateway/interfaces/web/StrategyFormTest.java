package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.application.StrategyDefinition;
import io.algogate.gateway.domain.IntradayWindow;
import io.algogate.gateway.domain.StrategyTradingMode;
import io.algogate.gateway.domain.SymbolMapping;
import io.algogate.gateway.interfaces.admin.StrategyDefinitionSchema;
import io.algogate.gateway.interfaces.rest.ApiError;
import io.algogate.gateway.support.SharedValidator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strategy forms read by the admin API's schema: the same rules and defaults, whatever the page sends. */
class StrategyFormTest {

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static StrategyDefinition read(MultivaluedMap<String, String> form, List<SymbolMapping> mappings) {
        return StrategyDefinitionSchema.parse(StrategyForm.definition(form, mappings), SharedValidator.get()).toDefinition();
    }

    @Test
    void theNewStrategyFormWithItsFirstMapping() {
        StrategyDefinition definition = read(form("name", " <b>\"trend\"</b> ", "trading_mode", "BOTH", "is_intraday", "true",
                "start_time", "09:30", "end_time", "14:00", "squareoff_time", "15:00", "is_active", "true",
                "symbol", "SBIN", "exchange", "NSE", "quantity", "5", "product", "MIS"), List.of());
        assertEquals("<b>\"trend\"</b>", definition.name(), "text stays text; the view escapes it");
        assertEquals(StrategyTradingMode.BOTH, definition.tradingMode());
        assertEquals(new IntradayWindow(LocalTime.of(9, 30), LocalTime.of(14, 0), LocalTime.of(15, 0)),
                definition.intradayWindow());
        assertTrue(definition.active());
        assertEquals(1, definition.symbolMappings().size());
        assertEquals(5, definition.symbolMappings().get(0).getQuantity());
    }

    @Test
    void uncheckedBoxesArePositionalAndOffAndAnEditKeepsTheMappings() {
        SymbolMapping kept = new SymbolMapping("INFY", "NSE", 2, "CNC");
        StrategyDefinition definition = read(form("name", "swing", "start_time", "garbage"), List.of(kept));
        assertNull(definition.intradayWindow(), "times of a positional strategy are not read");
        assertEquals(false, definition.active());
        assertEquals(StrategyTradingMode.LONG, definition.tradingMode(), "the schema's default");
        assertEquals("INFY", definition.symbolMappings().get(0).getSymbol());
    }

    @Test
    void refusalsAreTheSchemas() {
        ApiError refused = assertThrows(ApiError.class, () -> read(form("trading_mode", "UP", "is_intraday", "true",
                "start_time", "15:00", "end_time", "10:00", "symbol", "SBIN", "exchange", "NSE", "quantity", "0",
                "product", "MIS"), List.of()));
        String message = refused.getMessage();
        for (String field : List.of("name", "trading_mode", "end_time", "quantity")) {
            assertTrue(message.contains(field), field + " in " + message);
        }
        ApiError mapping = assertThrows(ApiError.class, () -> StrategyDefinitionSchema.MappingSchema.parse(
                StrategyForm.mappingBody(form("symbol", "SBIN", "exchange", "NYSE", "quantity", "x")), SharedValidator.get()));
        assertTrue(mapping.getMessage().contains("exchange") && mapping.getMessage().contains("product"), mapping.getMessage());
    }
}
