package io.algogate.gateway.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.algogate.gateway.interfaces.rest.OrderSchemasTest.refusal;
import static io.algogate.gateway.interfaces.rest.OrderSchemasTest.strings;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.GttRequest;
import io.algogate.broker.spi.GttTriggerType;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import jakarta.json.JsonObject;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OpenAlgo's GTT place and modify schemas, both phases (D8): each rule refused naming its field. */
class GttOrderSchemaTest {

    private static final String COMMON = "\"apikey\":\"k\",\"strategy\":\"s\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\","
            + "\"action\":\"BUY\",\"product\":\"CNC\",\"quantity\":\"10\",\"price\":\"800\"";
    private static final String SINGLE = COMMON + ",\"trigger_type\":\"SINGLE\",\"triggerprice_sl\":\"790\"";
    private static final String OCO = COMMON + ",\"trigger_type\":\"OCO\",\"triggerprice_sl\":\"790\",\"stoploss\":\"789\","
            + "\"triggerprice_tg\":\"850\",\"target\":\"851\"";
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
    void singleTakesOpenAlgosDefaultsAndNumbersAsStrings() {
        GttRequest gtt = GttOrderSchema.parsePlace("{" + SINGLE + "}", validator).toGttRequest();
        assertEquals(new GttRequest("s", GttTriggerType.SINGLE, "NSE", "SBIN", Action.BUY, Product.CNC, new BigDecimal("10"),
                PriceType.LIMIT, new BigDecimal("800"), new BigDecimal("790"), BigDecimal.ZERO, null, null, null), gtt);
        GttRequest numbers = GttOrderSchema.parsePlace("{\"strategy\":\"s\",\"exchange\":\"NFO\",\"symbol\":\"X\","
                + "\"action\":\"sell\",\"product\":\"NRML\",\"quantity\":75,\"price\":0,\"pricetype\":\"MARKET\","
                + "\"trigger_type\":\"single\",\"triggerprice_tg\":120.5}", validator).toGttRequest();
        assertEquals(Action.SELL, numbers.action());
        assertEquals(GttTriggerType.SINGLE, numbers.triggerType(), "trigger_type is upper-cased");
        assertEquals(PriceType.MARKET, numbers.priceType());
        assertEquals(new BigDecimal("120.5"), numbers.triggerPriceTarget());
        assertEquals(BigDecimal.ZERO, numbers.triggerPriceStopLoss());
    }

    @Test
    void ocoCarriesAllFourPrices() {
        GttRequest gtt = GttOrderSchema.parsePlace("{" + OCO + ",\"expires_at\":\"2027-01-31T15:30:00+05:30\"}", validator)
                .toGttRequest();
        assertEquals(GttTriggerType.OCO, gtt.triggerType());
        assertEquals(new BigDecimal("790"), gtt.triggerPriceStopLoss());
        assertEquals(new BigDecimal("789"), gtt.stopLoss());
        assertEquals(new BigDecimal("850"), gtt.triggerPriceTarget());
        assertEquals(new BigDecimal("851"), gtt.target());
        assertEquals(Instant.parse("2027-01-31T10:00:00Z"), gtt.expiresAt());
    }

    @Test
    void unknownFieldsAreDroppedNotRefused() {
        GttRequest gtt = GttOrderSchema.parsePlace("{" + SINGLE + ",\"colour\":\"red\",\"disclosed_quantity\":3}", validator)
                .toGttRequest();
        assertEquals("SBIN", gtt.symbol());
    }

    @Test
    void emptyStringsMeanNotSet() {
        GttRequest gtt = GttOrderSchema.parsePlace("{" + COMMON + ",\"trigger_type\":\"SINGLE\",\"triggerprice_sl\":\"790\","
                + "\"triggerprice_tg\":\"\",\"stoploss\":\"\",\"target\":\"\",\"expires_at\":\"\"}", validator).toGttRequest();
        assertEquals(BigDecimal.ZERO, gtt.triggerPriceTarget());
        assertNull(gtt.stopLoss());
        assertNull(gtt.target());
        assertNull(gtt.expiresAt());
        GttRequest nulls = GttOrderSchema.parsePlace("{" + SINGLE + ",\"stoploss\":null,\"target\":null,\"expires_at\":null}",
                validator).toGttRequest();
        assertNull(nulls.stopLoss());
        assertNull(nulls.expiresAt());
    }

    @Test
    void expiresAtIsReadInIstUnlessItCarriesAnOffset() {
        assertEquals(Instant.parse("2027-01-31T10:00:00Z"), expiry("2027-01-31T15:30:00"));
        assertEquals(Instant.parse("2027-01-31T10:00:00Z"), expiry("2027-01-31 15:30:00"));
        assertEquals(Instant.parse("2027-01-31T18:30:00Z"), expiry("2027-01-31"), "a date expires at its end (IST)");
        assertEquals(Instant.parse("2027-01-31T15:30:00Z"), expiry("2027-01-31T15:30:00Z"));
    }

    private static Instant expiry(String text) {
        return GttOrderSchema.parsePlace("{" + SINGLE + ",\"expires_at\":\"" + text + "\"}", validator).toGttRequest().expiresAt();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "\"strategy\":\"\"                         | strategy        | Length must be between 1 and 256.",
        "\"trigger_type\":\"TWO\"                  | trigger_type    | Must be one of: SINGLE, OCO.",
        "\"trigger_type\":null                     | trigger_type    | Missing data for required field.",
        "\"exchange\":\"NASDAQ\"                   | exchange        | Must be one of: NSE, NFO, CDS, BSE, BFO, BCD, MCX, NCDEX, NCO, NSE_INDEX, BSE_INDEX, MCX_INDEX, GLOBAL_INDEX, CRYPTO.",
        "\"symbol\":null                           | symbol          | Missing data for required field.",
        "\"action\":\"Buy\"                        | action          | Must be one of: BUY, SELL, buy, sell.",
        "\"product\":\"MIS\"                       | product         | GTT orders support only CNC and NRML products; MIS is not allowed.",
        "\"product\":\"cnc\"                       | product         | Must be one of: CNC, NRML.",
        "\"product\":null                          | product         | Missing data for required field.",
        "\"quantity\":0                            | quantity        | Must be greater than 0.",
        "\"quantity\":\"-1\"                       | quantity        | Must be greater than 0.",
        "\"quantity\":1.5                          | quantity        | Fractional quantity (1.5) is not allowed for non-crypto exchanges.",
        "\"quantity\":\"ten\"                      | quantity        | Not a valid number.",
        "\"pricetype\":\"SL\"                      | pricetype       | Must be one of: LIMIT, MARKET.",
        "\"price\":null                            | price           | Missing data for required field.",
        "\"price\":-1                              | price           | Must be greater than or equal to 0.",
        "\"triggerprice_sl\":\"-5\"                | triggerprice_sl | Must be greater than or equal to 0.",
        "\"triggerprice_sl\":\"abc\"               | triggerprice_sl | Not a valid number.",
        "\"triggerprice_sl\":0                     | triggerprice_sl | A SINGLE trigger needs exactly one of triggerprice_sl and triggerprice_tg greater than 0.",
        "\"triggerprice_tg\":900                   | triggerprice_tg | A SINGLE trigger needs exactly one of triggerprice_sl and triggerprice_tg greater than 0.",
        "\"stoploss\":\"x\"                        | stoploss        | Not a valid number.",
        "\"target\":-2                             | target          | Must be greater than or equal to 0.",
        "\"expires_at\":\"tomorrow\"               | expires_at      | Not a valid datetime.",
        "\"expires_at\":5                          | expires_at      | Not a valid string.",
    })
    void singleRefusesEachRuleNamingTheField(String override, String field, String message) {
        JsonObject error = refusal(() -> GttOrderSchema.parsePlace(with(SINGLE, override), validator));
        assertTrue(strings(error.getJsonObject("errors").getJsonArray(field)).contains(message), error.toString());
        assertTrue(error.getString("message").contains(field), error.getString("message"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "\"triggerprice_sl\":0                     | triggerprice_sl | Required for OCO triggers (greater than 0).",
        "\"triggerprice_tg\":\"\"                  | triggerprice_tg | Required for OCO triggers (greater than 0).",
        "\"stoploss\":null                         | stoploss        | Required for OCO triggers (greater than 0).",
        "\"target\":\"\"                           | target          | Required for OCO triggers (greater than 0).",
        "\"triggerprice_sl\":850                   | triggerprice_sl | For OCO triggers triggerprice_sl must be below triggerprice_tg.",
        "\"triggerprice_sl\":900                   | triggerprice_sl | For OCO triggers triggerprice_sl must be below triggerprice_tg.",
    })
    void ocoRefusesEachRuleNamingTheField(String override, String field, String message) {
        JsonObject error = refusal(() -> GttOrderSchema.parsePlace(with(OCO, override), validator));
        assertEquals(List.of(message), strings(error.getJsonObject("errors").getJsonArray(field)), error.toString());
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        JsonObject error = refusal(() -> GttOrderSchema.parsePlace("{\"trigger_type\":\"OCO\",\"product\":\"MIS\"}", validator));
        assertEquals(List.of("action", "exchange", "price", "product", "quantity", "stoploss", "strategy", "symbol",
                "target", "triggerprice_sl", "triggerprice_tg"),
                error.getJsonObject("errors").keySet().stream().sorted().toList());
    }

    @Test
    void modifyIsTheSameFieldsPlusTheTriggerId() {
        GttOrderSchema modify = GttOrderSchema.parseModify("{" + OCO + ",\"trigger_id\":\"123\",\"extra\":1}", validator);
        assertEquals("123", modify.triggerId());
        assertEquals(GttTriggerType.OCO, modify.toGttRequest().triggerType());
        JsonObject missing = refusal(() -> GttOrderSchema.parseModify("{" + OCO + "}", validator));
        assertEquals(List.of("Missing data for required field."),
                strings(missing.getJsonObject("errors").getJsonArray("trigger_id")));
        JsonObject single = refusal(() -> GttOrderSchema.parseModify(with(SINGLE, "\"trigger_id\":\"1\",\"product\":\"MIS\""),
                validator));
        assertEquals(List.of("product"), single.getJsonObject("errors").keySet().stream().toList());
        assertNull(GttOrderSchema.parsePlace("{" + SINGLE + ",\"trigger_id\":\"9\"}", validator).triggerId(),
                "placegttorder drops a trigger_id");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertEquals("Malformed JSON in request body", refusal(() -> GttOrderSchema.parsePlace("{", validator))
                .getString("message"));
        assertEquals(List.of("Invalid input type."), strings(refusal(() -> GttOrderSchema.parseModify("[]", validator))
                .getJsonObject("errors").getJsonArray("_schema")));
    }

    /** The body with one field replaced (or added). */
    private static String with(String fields, String override) {
        String name = override.substring(0, override.indexOf(':'));
        String kept = String.join(",", java.util.Arrays.stream(fields.split(","))
                .filter(f -> !f.startsWith(name + ":")).toList());
        return "{" + kept + "," + override + "}";
    }
}
