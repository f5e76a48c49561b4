package io.algogate.gateway.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.MarginPosition;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.gateway.application.OptionStrikes.OptionType;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** optionsorder, optionsmultiorder and margin schemas: defaults, and each rule refused naming its field. */
class OptionsSchemasTest {

    private static final String BASE = "\"apikey\":\"k\",\"strategy\":\"s\",\"underlying\":\"NIFTY\","
            + "\"exchange\":\"NSE_INDEX\"";
    private static final String LEG = "\"offset\":\"ATM\",\"option_type\":\"CE\",\"action\":\"BUY\",\"quantity\":75";
    private static final String POSITION = "\"symbol\":\"NIFTY30DEC25FUT\",\"exchange\":\"NFO\",\"action\":\"BUY\","
            + "\"quantity\":\"75\",\"product\":\"NRML\",\"pricetype\":\"MARKET\"";
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
    void optionsOrderTakesOpenAlgosDefaultsAndStrings() {
        OptionsOrderSchema order = OptionsOrderSchema.parse("{" + BASE + ",\"expiry_date\":\"09dec25\","
                + "\"offset\":\"otm2\",\"option_type\":\"pe\",\"action\":\"sell\",\"quantity\":\"150\"}", validator);
        assertEquals("NIFTY", order.underlying());
        assertEquals(LocalDate.of(2025, 12, 9), order.expiry());
        OptionLegTerms terms = order.terms();
        assertEquals("OTM2", terms.offset());
        assertEquals(OptionType.PE, terms.optionType());
        assertEquals(Action.SELL, terms.action());
        assertEquals(0, new BigDecimal("150").compareTo(terms.quantity()));
        assertEquals(PriceType.MARKET, terms.priceType());
        assertEquals(Product.MIS, terms.product());
        assertEquals(0, terms.splitSize());
    }

    @Test
    void aFutureUnderlyingCarriesItsExpiry() {
        OptionsOrderSchema order = OptionsOrderSchema.parse("{\"strategy\":\"s\",\"underlying\":\"NIFTY30DEC25FUT\","
                + "\"exchange\":\"NFO\"," + LEG + "}", validator);
        assertEquals(LocalDate.of(2025, 12, 30), order.expiry());
        assertEquals("NIFTY", OptionsOrderSchema.root(order.underlying()));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "\"offset\":\"ITM0\"                 | offset        | Must be ATM, ITM1 to ITM50 or OTM1 to OTM50.",
        "\"offset\":\"OTM51\"                | offset        | Must be ATM, ITM1 to ITM50 or OTM1 to OTM50.",
        "\"option_type\":\"XX\"              | option_type   | Must be one of: CE, PE, ce, pe.",
        "\"action\":\"HOLD\"                 | action        | Must be one of: BUY, SELL, buy, sell.",
        "\"quantity\":0                      | quantity      | Must be greater than 0.",
        "\"quantity\":1.5                    | quantity      | Not a valid integer.",
        "\"product\":\"CNC\"                 | product       | Must be one of: MIS, NRML.",
        "\"pricetype\":\"LIMIT\"             | price         | A price greater than 0 is required for LIMIT orders.",
        "\"pricetype\":\"SL-M\"              | trigger_price | A trigger price greater than 0 is required for SL-M orders.",
        "\"price\":-1                        | price         | Must be greater than or equal to 0.",
        "\"splitsize\":-1                    | splitsize     | Must be greater than or equal to 0.",
        "\"strike_int\":0                    | strike_int    | Must be greater than 0.",
        "\"expiry_date\":\"2025-12-09\"      | expiry_date   | Not a valid expiry date: use DDMMMYY, e.g. 30DEC25.",
        "\"expiry_date\":\"31FEB25\"         | expiry_date   | Not a valid expiry date: use DDMMMYY, e.g. 30DEC25.",
        "\"exchange\":\"MCX\"                | exchange      | Must be one of: NSE_INDEX, BSE_INDEX, NSE, BSE, NFO, BFO.",
        "\"strike\":24000                    | strike        | Unknown field.",
    })
    void optionsOrderRefusesEachRuleNamingTheField(String override, String field, String message) {
        String key = override.substring(1, override.indexOf('"', 1));
        String fields = "{" + BASE + ",\"expiry_date\":\"09DEC25\"," + LEG + "}";
        String body = fields.contains("\"" + key + "\"")
                ? fields.replaceFirst("\"" + key + "\":(\"[^\"]*\"|[0-9.]+)", java.util.regex.Matcher.quoteReplacement(override))
                : fields.substring(0, fields.length() - 1) + "," + override + "}";
        assertRefused(() -> OptionsOrderSchema.parse(body, validator), field, message);
    }

    @Test
    void optionsOrderNeedsAnExpiryUnlessTheUnderlyingCarriesOne() {
        assertRefused(() -> OptionsOrderSchema.parse("{" + BASE + "," + LEG + "}", validator), "expiry_date",
                "Missing data for required field.");
    }

    @Test
    void multiOrderReadsLegsWithTheirOwnExpiry() {
        OptionsMultiOrderSchema multi = OptionsMultiOrderSchema.parse("{" + BASE + ",\"expiry_date\":\"09DEC25\","
                + "\"legs\":[{" + LEG + "},{\"offset\":\"OTM2\",\"option_type\":\"PE\",\"action\":\"SELL\","
                + "\"quantity\":75,\"expiry_date\":\"16DEC25\",\"product\":\"NRML\"}]}", validator);
        assertEquals(2, multi.legs().size());
        assertEquals(null, multi.legs().get(0).expiry());
        assertEquals(LocalDate.of(2025, 12, 16), multi.legs().get(1).expiry());
        assertEquals(Product.NRML, multi.legs().get(1).product());
    }

    @Test
    void multiOrderNamesEachBadLegAndBoundsTheLegs() {
        JsonObject error = refusal(() -> OptionsMultiOrderSchema.parse("{" + BASE + ",\"expiry_date\":\"09DEC25\","
                + "\"legs\":[{" + LEG + "},{\"offset\":\"ITM99\",\"option_type\":\"CE\",\"action\":\"SELL\","
                + "\"quantity\":75,\"pricetype\":\"LIMIT\",\"colour\":1}]}", validator));
        JsonObject errors = error.getJsonObject("errors");
        assertEquals(List.of("Must be ATM, ITM1 to ITM50 or OTM1 to OTM50."), strings(errors, "legs[1].offset"));
        assertEquals(List.of("A price greater than 0 is required for LIMIT orders."), strings(errors, "legs[1].price"));
        assertEquals(List.of("Unknown field."), strings(errors, "legs[1].colour"));
        assertEquals(3, errors.size(), error.toString());

        assertRefused(() -> OptionsMultiOrderSchema.parse("{" + BASE + ",\"expiry_date\":\"09DEC25\",\"legs\":[]}",
                validator), "legs", "Length must be between 1 and 20.");
        String legs21 = IntStream.range(0, 21).mapToObj(i -> "{" + LEG + "}").collect(Collectors.joining(","));
        assertRefused(() -> OptionsMultiOrderSchema.parse("{" + BASE + ",\"expiry_date\":\"09DEC25\",\"legs\":["
                + legs21 + "]}", validator), "legs", "Length must be between 1 and 20.");
        assertRefused(() -> OptionsMultiOrderSchema.parse("{" + BASE + ",\"legs\":[{" + LEG + "}]}", validator),
                "legs[0].expiry_date", "Missing data for required field.");
    }

    @Test
    void marginTakesPositionsWithStringNumbers() {
        MarginCalculatorSchema margin = MarginCalculatorSchema.parse("{\"apikey\":\"k\",\"positions\":[{" + POSITION
                + "},{" + POSITION.replace("MARKET", "LIMIT") + ",\"price\":\"24010.5\"}]}", validator);
        assertEquals(List.of(
                new MarginPosition("NFO", "NIFTY30DEC25FUT", Action.BUY, new BigDecimal("75"), Product.NRML,
                        PriceType.MARKET, BigDecimal.ZERO, BigDecimal.ZERO),
                new MarginPosition("NFO", "NIFTY30DEC25FUT", Action.BUY, new BigDecimal("75"), Product.NRML,
                        PriceType.LIMIT, new BigDecimal("24010.5"), BigDecimal.ZERO)), margin.toMarginPositions());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "\"quantity\":\"0\"               | positions[0].quantity  | Must be greater than 0.",
        "\"quantity\":\"x\"               | positions[0].quantity  | Not a valid number.",
        "\"product\":\"mis\"              | positions[0].product   | Must be one of: MIS, NRML, CNC.",
        "\"pricetype\":\"LIMIT\"          | positions[0].price     | A price greater than 0 is required for LIMIT orders.",
        "\"exchange\":\"NYSE\"            | positions[0].exchange  | Must be one of: NSE, NFO, CDS, BSE, BFO, BCD, MCX, NCDEX, NCO, NSE_INDEX, BSE_INDEX, MCX_INDEX, GLOBAL_INDEX, CRYPTO.",
        "\"symbol\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\" | positions[0].symbol | Length must be between 1 and 50.",
        "\"action\":\"HOLD\"              | positions[0].action    | Must be one of: BUY, SELL, buy, sell.",
        "\"trigger_price\":-1             | positions[0].trigger_price | Must be greater than or equal to 0.",
        "\"leverage\":5                   | positions[0].leverage  | Unknown field.",
    })
    void marginRefusesEachRuleNamingTheField(String override, String field, String message) {
        String key = override.substring(1, override.indexOf('"', 1));
        String position = POSITION.contains("\"" + key + "\"")
                ? POSITION.replaceFirst("\"" + key + "\":\"[^\"]*\"", java.util.regex.Matcher.quoteReplacement(override))
                : POSITION + "," + override;
        assertRefused(() -> MarginCalculatorSchema.parse("{\"apikey\":\"k\",\"positions\":[{" + position + "}]}",
                validator), field, message);
    }

    @Test
    void marginBoundsThePositionsAndRequiresProductAndPriceType() {
        assertRefused(() -> MarginCalculatorSchema.parse("{\"positions\":[]}", validator), "positions",
                "Length must be between 1 and 50.");
        String many = IntStream.range(0, 51).mapToObj(i -> "{" + POSITION + "}").collect(Collectors.joining(","));
        assertRefused(() -> MarginCalculatorSchema.parse("{\"positions\":[" + many + "]}", validator), "positions",
                "Length must be between 1 and 50.");
        JsonObject error = refusal(() -> MarginCalculatorSchema.parse("{\"positions\":[{"
                + POSITION.replace(",\"product\":\"NRML\",\"pricetype\":\"MARKET\"", "") + "}]}", validator));
        assertEquals(List.of("Missing data for required field."), strings(error.getJsonObject("errors"),
                "positions[0].product"));
        assertEquals(List.of("Missing data for required field."), strings(error.getJsonObject("errors"),
                "positions[0].pricetype"));
    }

    private static void assertRefused(Runnable parse, String field, String message) {
        JsonObject error = refusal(parse);
        assertEquals(List.of(message), strings(error.getJsonObject("errors"), field), error.toString());
        assertEquals(1, error.getJsonObject("errors").size(), error.toString());
        assertTrue(error.getString("message").contains(field + ": " + message), error.getString("message"));
    }

    private static JsonObject refusal(Runnable parse) {
        ApiError error = assertThrows(ApiError.class, parse::run);
        assertEquals(400, error.status());
        return error.body();
    }

    private static List<String> strings(JsonObject errors, String field) {
        assertTrue(errors.containsKey(field), "no errors for " + field + " in " + errors);
        return errors.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
