package io.algogate.gateway.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.gateway.application.WebhookOrderPlan;
import io.algogate.gateway.domain.Strategy;
import io.algogate.gateway.domain.StrategyTradingMode;
import io.algogate.gateway.domain.SymbolMapping;
import jakarta.json.JsonObject;
import io.algogate.gateway.support.SharedValidator;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A webhook's signal, read in both phases, and the order body it becomes, parsed by the API's own schemas. */
class WebhookSchemasTest {

    private static final Validator validator = SharedValidator.get();

    @Test
    void aSignalNeedsSymbolAndActionAndInBothModeAPositionSize() {
        WebhookSignalSchema signal = WebhookSignalSchema.parse(
                "{\"symbol\":\"SBIN\",\"action\":\"buy\",\"price\":\"{{close}}\"}", validator, false);
        assertEquals(new WebhookSignalSchema("SBIN", Action.BUY, null), signal);
        assertEquals(new WebhookSignalSchema("SBIN", Action.SELL, -5),
                WebhookSignalSchema.parse("{\"symbol\":\"SBIN\",\"action\":\"SELL\",\"position_size\":\"-5\"}", validator, true));

        ApiError missing = assertThrows(ApiError.class,
                () -> WebhookSignalSchema.parse("{\"action\":\"HOLD\"}", validator, true));
        assertEquals(400, missing.status());
        assertEquals(List.of("action", "position_size", "symbol"),
                missing.body().getJsonObject("errors").keySet().stream().sorted().toList());
        ApiError fractional = assertThrows(ApiError.class, () -> WebhookSignalSchema.parse(
                "{\"symbol\":\"SBIN\",\"action\":\"BUY\",\"position_size\":1.5}", validator, true));
        assertEquals("[\"Not a valid integer.\"]", fractional.body().getJsonObject("errors").get("position_size").toString());
        assertEquals(400, assertThrows(ApiError.class, () -> WebhookSignalSchema.parse("{nope", validator, false)).status());
        assertEquals(400, assertThrows(ApiError.class, () -> WebhookSignalSchema.parse("", validator, false)).status());
    }

    @Test
    void anEntryBecomesAPlaceorderBodyAtMarket() {
        Strategy strategy = new Strategy("trend", 1L, UUID.randomUUID().toString(), Instant.EPOCH);
        SymbolMapping mapping = new SymbolMapping("SBIN", "NSE", 10, "MIS");
        WebhookOrderPlan plan = WebhookOrderPlan.of(StrategyTradingMode.LONG, Action.BUY, null, mapping.getQuantity());
        JsonObject body = StrategyWebhookResource.orderBody(strategy, mapping, plan);
        PlaceOrderSchema order = PlaceOrderSchema.parse(body.toString(), validator);
        assertEquals(new OrderRequest("trend", "NSE", "SBIN", Action.BUY, new BigDecimal("10"), PriceType.MARKET,
                Product.MIS, BigDecimal.ZERO, BigDecimal.ZERO, 0), order.terms().toOrderRequest(order.strategy()));
    }

    @Test
    void anExitBecomesASmartOrderToFlat() {
        Strategy strategy = new Strategy("trend", 1L, UUID.randomUUID().toString(), Instant.EPOCH);
        SymbolMapping mapping = new SymbolMapping("INFY", "NSE", 3, "CNC");
        WebhookOrderPlan plan = WebhookOrderPlan.of(StrategyTradingMode.SHORT, Action.BUY, null, mapping.getQuantity());
        SmartOrderSchema order = SmartOrderSchema.parse(
                StrategyWebhookResource.orderBody(strategy, mapping, plan).toString(), validator);
        assertEquals(BigDecimal.ZERO, order.positionSize());
        assertEquals(BigDecimal.ZERO, order.terms().quantity());
        assertEquals(Action.BUY, order.terms().action());
        assertEquals(Product.CNC, order.terms().product());
        // Quantity 0 is no order, but it is a smart order: it only moves the position to the target.
        assertEquals(BigDecimal.ZERO, order.terms().toSmartOrderRequest(order.strategy(), order.positionSize()).quantity());
    }
}
