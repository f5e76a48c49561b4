package io.algogate.gateway.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order schemas, both phases (D8): each rule refused naming its field, all bad fields at once. */
class OrderSchemasTest {

    private static final String ORDER = "\"apikey\":\"k\",\"strategy\":\"s\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\"";
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void placeOrderAppliesOpenAlgosDefaultsAndTakesNumbersAsStrings() {
        PlaceOrderSchema schema = PlaceOrderSchema.parse("{" + ORDER + ",\"action\":\"buy\",\"quantity\":\"10\"}", validator);
        OrderRequest order = schema.terms().toOrderRequest(schema.strategy());
        assertEquals(new OrderRequest("s", "NSE", "SBIN", Action.BUY, new BigDecimal("10"), PriceType.MARKET, Product.MIS,
                BigDecimal.ZERO, BigDecimal.ZERO, 0), order);
        PlaceOrderSchema numbers = PlaceOrderSchema.parse("{" + ORDER + ",\"action\":\"SELL\",\"quantity\":3,"
                + "\"pricetype\":\"SL\",\"price\":\"101.5\",\"trigger_price\":101,\"product\":\"CNC\","
                + "\"disclosed_quantity\":\"1\",\"underlying_ltp\":\"5\"}", validator);
        assertEquals(new OrderRequest("s", "NSE", "SBIN", Action.SELL, new BigDecimal("3"), PriceType.STOP_LOSS,
                Product.CNC, new BigDecimal("101.5"), new BigDecimal("101"), 1), numbers.terms().toOrderRequest("s"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "\"action\":\"BUY\",\"quantity\":0                                   | quantity        | Must be greater than 0.",
        "\"action\":\"BUY\",\"quantity\":\"-2\"                              | quantity        | Must be greater than 0.",
        "\"action\":\"BUY\",\"quantity\":1.5                                 | quantity        | Fractional quantity (1.5) is not allowed for non-crypto exchanges.",
        "\"action\":\"BUY\",\"quantity\":\"ten\"                             | quantity        | Not a valid number.",
        "\"action\":\"BUY\"                                                  | quantity        | Missing data for required field.",
        "\"action\":\"Buy\",\"quantity\":1                                   | action          | Must be one of: BUY, SELL, buy, sell.",
        "\"action\":\"BUY\",\"quantity\":1,\"product\":\"mis\"               | product         | Must be one of: MIS, NRML, CNC.",
        "\"action\":\"BUY\",\"quantity\":1,\"pricetype\":\"limit\"           | pricetype       | Must be one of: MARKET, LIMIT, SL, SL-M.",
        "\"action\":\"BUY\",\"quantity\":1,\"pricetype\":\"LIMIT\"           | price           | A price greater than 0 is required for LIMIT orders.",
        "\"action\":\"BUY\",\"quantity\":1,\"pricetype\":\"SL\",\"trigger_price\":5 | price     | A price greater than 0 is required for SL orders.",
        "\"action\":\"BUY\",\"quantity\":1,\"pricetype\":\"SL\",\"price\":5  | trigger_price   | A trigger price greater than 0 is required for SL orders.",
        "\"action\":\"BUY\",\"quantity\":1,\"pricetype\":\"SL-M\"            | trigger_price   | A trigger price greater than 0 is required for SL-M orders.",
        "\"action\":\"BUY\",\"quantity\":1,\"price\":-1                      | price           | Must be greater than or equal to 0.",
        "\"action\":\"BUY\",\"quantity\":1,\"trigger_price\":\"-0.5\"        | trigger_price   | Must be greater than or equal to 0.",
        "\"action\":\"BUY\",\"quantity\":1,\"disclosed_quantity\":-1         | disclosed_quantity | Must be greater than or equal to 0.",
        "\"action\":\"BUY\",\"quantity\":1,\"disclosed_quantity\":1.5        | disclosed_quantity | Not a valid integer.",
        "\"action\":\"BUY\",\"quantity\":1,\"colour\":\"red\"                | colour          | Unknown field.",
        "\"action\":\"BUY\",\"quantity\":1,\"symbol\":5                      | symbol          | Not a valid string.",
    })
    void placeOrderRefusesEachRuleNamingTheField(String fields, String field, String message) {
        String body = "{" + ORDER.replace(",\"symbol\":\"SBIN\"", fields.contains("\"symbol\"") ? "" : ",\"symbol\":\"SBIN\"")
                + "," + fields + "}";
        JsonObject error = refusal(() -> PlaceOrderSchema.parse(body, validator));
        assertEquals(List.of(message), strings(error.getJsonObject("errors").getJsonArray(field)), error.toString());
        assertEquals(1, error.getJsonObject("errors").size(), error.toString());
        assertTrue(error.getString("message").contains(field + ": " + message), error.getString("message"));
    }

    @Test
    void cryptoQuantitiesMayBeFractional() {
        PlaceOrderSchema schema = PlaceOrderSchema.parse("{\"strategy\":\"s\",\"exchange\":\"CRYPTO\",\"symbol\":\"BTCUSDT\","
                + "\"action\":\"BUY\",\"quantity\":\"0.015\"}", validator);
        assertEquals(new BigDecimal("0.015"), schema.terms().quantity());
    }

    @Test
    void everyBadFieldOfBothPhasesIsNamedInOneReadableResponse() {
        JsonObject error = refusal(() -> PlaceOrderSchema.parse("{\"strategy\":\"s\",\"exchange\":\"NYSE\",\"symbol\":\"SBIN\","
                + "\"action\":\"HOLD\",\"quantity\":\"2.5\",\"pricetype\":\"LIMIT\",\"trigger_price\":-1,\"x\":1}", validator));
        assertEquals("error", error.getString("status"));
        JsonObject errors = error.getJsonObject("errors");
        assertEquals(List.of("x", "exchange", "action", "quantity", "price", "trigger_price").stream().sorted().toList(),
                errors.keySet().stream().sorted().toList(), error.toString());
        assertEquals("Validation failed. x: Unknown field.; exchange: Must be one of: NSE, NFO, CDS, BSE, BFO, BCD, MCX,"
                + " NCDEX, NCO, NSE_INDEX, BSE_INDEX, MCX_INDEX, GLOBAL_INDEX, CRYPTO.; action: Must be one of: BUY, SELL,"
                + " buy, sell.; price: A price greater than 0 is required for LIMIT orders.; quantity: Fractional"
                + " quantity (2.5) is not allowed for non-crypto exchanges.; trigger_price: Must be greater than or"
                + " equal to 0.", error.getString("message"));
    }

    @Test
    void smartOrderAllowsZeroQuantityButNeedsThePositionSize() {
        SmartOrderSchema schema = SmartOrderSchema.parse("{" + ORDER + ",\"action\":\"BUY\",\"quantity\":\"0\","
                + "\"position_size\":\"-5\"}", validator);
        assertEquals(new BigDecimal("-5"), schema.positionSize());
        JsonObject error = refusal(() -> SmartOrderSchema.parse("{" + ORDER + ",\"action\":\"BUY\",\"quantity\":-1}",
                validator));
        assertEquals(List.of("Must be greater than or equal to 0."), strings(error.getJsonObject("errors").getJsonArray("quantity")));
        assertEquals(List.of("Missing data for required field."),
                strings(error.getJsonObject("errors").getJsonArray("position_size")));
    }

    @Test
    void modifyOrderRequiresEveryField() {
        JsonObject error = refusal(() -> ModifyOrderSchema.parse("{" + ORDER + ",\"action\":\"BUY\",\"quantity\":1}", validator));
        assertEquals(List.of("disclosed_quantity", "orderid", "price", "pricetype", "product", "trigger_price"),
                error.getJsonObject("errors").keySet().stream().sorted().toList());
        ModifyOrderSchema schema = ModifyOrderSchema.parse("{" + ORDER + ",\"orderid\":\"7\",\"action\":\"BUY\",\"quantity\":\"2\","
                + "\"pricetype\":\"LIMIT\",\"product\":\"MIS\",\"price\":\"10\",\"trigger_price\":\"0\","
                + "\"disclosed_quantity\":\"0\"}", validator);
        assertEquals("7", schema.toModifyOrderRequest().orderId());
        assertEquals(new BigDecimal("10"), schema.toModifyOrderRequest().order().price());
    }

    @Test
    void basketItemsAreEachValidatedAndNamedByIndex() {
        BasketOrderSchema basket = BasketOrderSchema.parse("{\"strategy\":\"b\",\"orders\":[{\"exchange\":\"NSE\","
                + "\"symbol\":\"SBIN\",\"action\":\"sell\",\"quantity\":\"1\"}]}", validator);
        assertEquals(Action.SELL, basket.orders().get(0).action());
        JsonObject error = refusal(() -> BasketOrderSchema.parse("{\"strategy\":\"b\",\"orders\":[{\"exchange\":\"NSE\","
                + "\"symbol\":\"SBIN\",\"action\":\"BUY\",\"quantity\":1},{\"exchange\":\"NSE\",\"symbol\":\"ITC\","
                + "\"action\":\"BUY\",\"quantity\":0,\"pricetype\":\"LIMIT\",\"bogus\":1}, 7]}", validator));
        JsonObject errors = error.getJsonObject("errors");
        assertEquals(List.of("orders[1].bogus", "orders[1].price", "orders[1].quantity", "orders[2]"),
                errors.keySet().stream().sorted().toList(), error.toString());
        assertEquals(List.of("Must be greater than 0."), strings(errors.getJsonArray("orders[1].quantity")));
        JsonObject empty = refusal(() -> BasketOrderSchema.parse("{\"strategy\":\"b\",\"orders\":[]}", validator));
        assertEquals(List.of("Length must be between 1 and 100."), strings(empty.getJsonObject("errors").getJsonArray("orders")));
    }

    @Test
    void splitSizeMustBePositive() {
        JsonObject error = refusal(() -> SplitOrderSchema.parse("{" + ORDER + ",\"action\":\"BUY\",\"quantity\":10,"
                + "\"splitsize\":\"0\"}", validator));
        assertEquals(List.of("Must be greater than 0."), strings(error.getJsonObject("errors").getJsonArray("splitsize")));
        assertEquals(3, SplitOrderSchema.parse("{" + ORDER + ",\"action\":\"BUY\",\"quantity\":10,\"splitsize\":\"3\"}",
                validator).splitSize());
    }

    @Test
    void smallSchemasRequireTheirFieldsAndRefuseOthers() {
        JsonObject cancel = refusal(() -> OrderIdSchema.parse("{\"apikey\":\"k\",\"orderid\":1,\"more\":2}", validator));
        assertEquals(List.of("more", "orderid", "strategy"), cancel.getJsonObject("errors").keySet().stream().sorted().toList());
        JsonObject strategy = refusal(() -> StrategySchema.parse("{\"strategy\":\"\"}", validator));
        assertEquals(List.of("Length must be between 1 and 256."), strings(strategy.getJsonObject("errors").getJsonArray("strategy")));
        JsonObject position = refusal(() -> OpenPositionSchema.parse("{\"strategy\":\"s\",\"symbol\":\"SBIN\","
                + "\"exchange\":\"NSE\",\"product\":\"cnc\"}", validator));
        assertEquals(List.of("product"), List.copyOf(position.getJsonObject("errors").keySet()));
        assertEquals(Boolean.TRUE, AnalyzerToggleSchema.parse("{\"mode\":\"true\"}", validator).mode());
        JsonObject toggle = refusal(() -> AnalyzerToggleSchema.parse("{\"mode\":\"yes\"}", validator));
        assertEquals(List.of("Not a valid boolean."), strings(toggle.getJsonObject("errors").getJsonArray("mode")));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedInTheErrorShape() {
        assertEquals(List.of("Invalid input type."),
                strings(refusal(() -> StrategySchema.parse("null", validator)).getJsonObject("errors").getJsonArray("_schema")));
        assertEquals("Malformed JSON in request body", refusal(() -> StrategySchema.parse("{", validator)).getString("message"));
    }

    static JsonObject refusal(Runnable parse) {
        ApiError error = assertThrows(ApiError.class, parse::run);
        assertEquals(400, error.status());
        return error.body();
    }

    static List<String> strings(jakarta.json.JsonArray array) {
        assertTrue(array != null, "no errors for the field");
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
