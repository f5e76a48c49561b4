package io.algogate.gateway.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.gateway.application.OptionStrikes.OptionType;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The market data, symbol and options analytics schemas: OpenAlgo's defaults, and each rule refused
 * in one 400 that names every bad field.
 */
class MarketDataSchemasTest {

    private static final Validator validator = SchemaValidation.VALIDATOR;

    /** The error map of the 400 the parse throws. */
    private static JsonObject errors(Executable parse) {
        ApiError error = assertThrows(ApiError.class, parse);
        assertEquals(400, error.status());
        assertEquals("error", error.body().getString("status"));
        assertTrue(error.body().getString("message").startsWith("Validation failed. "), error.body().toString());
        return error.body().getJsonObject("errors");
    }

    private static List<String> fields(JsonObject errors) {
        return errors.keySet().stream().sorted().toList();
    }

    private static String first(JsonObject errors, String field) {
        return errors.getJsonArray(field).getValuesAs(JsonString.class).get(0).getString();
    }

    @Test
    void quotesDepthAndSymbolTakeASymbolAndAnExchange() {
        SymbolQuerySchema q = SymbolQuerySchema.parse("{\"apikey\":\"k\",\"symbol\":\"SBIN\",\"exchange\":\"NSE\"}",
                validator);
        assertEquals(new SymbolRef("NSE", "SBIN"), q.ref());

        JsonObject errors = errors(() -> SymbolQuerySchema.parse("{\"apikey\":\"k\",\"exchange\":\"NASDAQ\",\"x\":1}",
                validator));
        assertEquals(List.of("exchange", "symbol", "x"), fields(errors));
        assertEquals(JsonRequest.MISSING, first(errors, "symbol"));
        assertTrue(first(errors, "exchange").startsWith("Must be one of: NSE, NFO"));
        assertEquals(JsonRequest.UNKNOWN, first(errors, "x"));
    }

    @Test
    void multiQuotesNeedsAtLeastOneWellFormedSymbol() {
        MultiQuotesSchema ok = MultiQuotesSchema.parse("{\"apikey\":\"k\",\"symbols\":[{\"symbol\":\"SBIN\","
                + "\"exchange\":\"NSE\"},{\"symbol\":\"NIFTY\",\"exchange\":\"NSE_INDEX\"}]}", validator);
        assertEquals(List.of(new SymbolRef("NSE", "SBIN"), new SymbolRef("NSE_INDEX", "NIFTY")), ok.symbols());

        assertEquals(List.of("symbols"), fields(errors(() -> MultiQuotesSchema.parse("{\"symbols\":[]}", validator))));
        assertEquals(List.of("symbols"), fields(errors(() -> MultiQuotesSchema.parse("{}", validator))));
        JsonObject items = errors(() -> MultiQuotesSchema.parse("{\"symbols\":[{\"symbol\":\"SBIN\"},"
                + "{\"symbol\":\"A\",\"exchange\":\"NSE\",\"depth\":5},7]}", validator));
        assertEquals(List.of("symbols[0].exchange", "symbols[1].depth", "symbols[2]"), fields(items));
    }

    @Test
    void historyReadsIntervalDatesAndSourceWithTheirDefaults() {
        HistorySchema h = HistorySchema.parse("{\"apikey\":\"k\",\"symbol\":\"SBIN\",\"exchange\":\"NSE\","
                + "\"interval\":\"5m\",\"start_date\":\"2026-12-01\",\"end_date\":\"2026-12-04\"}", validator);
        assertEquals(Interval.M5, h.interval());
        assertEquals(LocalDate.of(2026, 12, 1), h.startDate());
        assertEquals("api", h.source());
        assertEquals(Interval.MONTH, HistorySchema.parse("{\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"interval\":\"M\","
                + "\"start_date\":\"2026-01-01\",\"end_date\":\"2026-12-04\",\"source\":\"db\"}", validator).interval());

        JsonObject errors = errors(() -> HistorySchema.parse("{\"symbol\":\"SBIN\",\"exchange\":\"NSE\","
                + "\"interval\":\"7m\",\"start_date\":\"2026-13-01\",\"source\":\"cache\"}", validator));
        assertEquals(List.of("end_date", "interval", "source", "start_date"), fields(errors));
        assertEquals(JsonRequest.NOT_A_DATE, first(errors, "start_date"));
        assertTrue(first(errors, "interval").contains("1s, 5s"), errors.toString());

        JsonObject reversed = errors(() -> HistorySchema.parse("{\"symbol\":\"SBIN\",\"exchange\":\"NSE\","
                + "\"interval\":\"D\",\"start_date\":\"2026-12-04\",\"end_date\":\"2026-12-01\"}", validator));
        assertEquals(Map.of("end_date", List.of(HistorySchema.ORDERED_DATES)), Map.of("end_date",
                reversed.getJsonArray("end_date").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .toList()));
    }

    @Test
    void tickerDefaultsToDailyJsonAndCapsItsRanges() {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.putSingle("apikey", "k");
        query.putSingle("from", "2026-11-01");
        query.putSingle("to", "2026-12-04");
        TickerQuery t = TickerQuery.parse("NSE:SBIN", query);
        assertEquals("NSE", t.exchange());
        assertEquals("SBIN", t.symbol());
        assertEquals(Interval.DAY, t.interval());
        assertFalse(t.text());

        query.putSingle("interval", "1m");
        query.putSingle("from", "2026-10-01");
        assertEquals(List.of("to"), fields(errors(() -> TickerQuery.parse("NSE:SBIN", query))), "over 30 days");
        query.putSingle("format", "xml");
        query.putSingle("interval", "9m");
        query.remove("to");
        assertEquals(List.of("exchange", "format", "interval", "to"),
                fields(errors(() -> TickerQuery.parse("LSE:SBIN", query))));
        assertEquals(List.of("format", "interval", "ticker", "to"),
                fields(errors(() -> TickerQuery.parse("SBIN", query))));
    }

    @Test
    void searchAndExpiryFollowOpenAlgosSchemas() {
        SearchSchema s = SearchSchema.parse("{\"apikey\":\"k\",\"query\":\" nifty \"}", validator);
        assertEquals("nifty", s.query());
        assertNull(s.exchange());
        assertEquals(List.of("exchange", "query"),
                fields(errors(() -> SearchSchema.parse("{\"query\":\"\",\"exchange\":\"X\"}", validator))));

        ExpirySchema e = ExpirySchema.parse("{\"symbol\":\"NIFTY\",\"exchange\":\"NFO\",\"instrumenttype\":\"options\"}",
                validator);
        assertEquals("options", e.instrumentType());
        JsonObject errors = errors(() -> ExpirySchema.parse("{\"symbol\":\"NIFTY\",\"exchange\":\"NSE\","
                + "\"instrumenttype\":\"calls\"}", validator));
        assertEquals(List.of("exchange", "instrumenttype"), fields(errors));
        assertTrue(first(errors, "exchange").startsWith("Must be one of: NFO, BFO"), errors.toString());
    }

    @Test
    void optionSymbolAndChainReadTheUnderlyingAndTheirRanges() {
        OptionSymbolSchema o = OptionSymbolSchema.parse("{\"apikey\":\"k\",\"strategy\":\"old\",\"underlying\":\"nifty\","
                + "\"exchange\":\"NSE_INDEX\",\"expiry_date\":\"09DEC25\",\"offset\":\"itm3\",\"option_type\":\"pe\"}",
                validator);
        assertEquals("NIFTY", o.underlying());
        assertEquals("ITM3", o.offset());
        assertEquals(OptionType.PE, o.optionType());
        assertEquals(LocalDate.of(2025, 12, 9), o.expiry());
        assertEquals(LocalDate.of(2025, 12, 30), OptionSymbolSchema.parse("{\"underlying\":\"NIFTY30DEC25FUT\","
                + "\"exchange\":\"NFO\",\"offset\":\"ATM\",\"option_type\":\"CE\"}", validator).expiry(),
                "a future carries its expiry");
        assertEquals(List.of("expiry_date", "offset", "option_type", "strike_int"),
                fields(errors(() -> OptionSymbolSchema.parse("{\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\","
                        + "\"offset\":\"OTM51\",\"option_type\":\"XX\",\"strike_int\":0}", validator))));

        OptionChainSchema c = OptionChainSchema.parse("{\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\","
                + "\"expiry_date\":\"09DEC25\",\"strike_count\":\"10\",\"with_greeks\":true,\"interest_rate\":6.5}",
                validator);
        assertEquals(10, c.strikeCount());
        assertTrue(c.withGreeks());
        assertEquals(0, new BigDecimal("6.5").compareTo(c.interestRate()));
        OptionChainSchema whole = OptionChainSchema.parse("{\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\","
                + "\"expiry_date\":\"09DEC25\"}", validator);
        assertNull(whole.strikeCount());
        assertFalse(whole.withGreeks());
        assertEquals(List.of("expiry_date", "interest_rate", "strike_count", "with_greeks"),
                fields(errors(() -> OptionChainSchema.parse("{\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\","
                        + "\"strike_count\":101,\"with_greeks\":\"maybe\",\"interest_rate\":-1}", validator))));
        assertEquals(List.of("expiry_date"), fields(errors(() -> SyntheticFutureSchema.parse(
                "{\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\",\"expiry_date\":\"31FEB26\"}", validator))));
    }

    @Test
    void greeksSchemasReadTheOptionAndTheModelsSettings() {
        OptionGreeksSchema g = OptionGreeksSchema.parse("{\"apikey\":\"k\",\"symbol\":\"NIFTY09DEC2524000CE\","
                + "\"exchange\":\"NFO\",\"interest_rate\":\"6.5\",\"forward_price\":24100,\"expiry_time\":\"15:30\","
                + "\"underlying_symbol\":\"NIFTY\",\"underlying_exchange\":\"NSE_INDEX\"}", validator);
        assertEquals("NIFTY09DEC2524000CE", g.option().symbol());
        assertEquals(LocalTime.of(15, 30), g.terms().expiryTime());
        assertEquals(0, new BigDecimal("24100").compareTo(g.terms().forwardPrice()));
        assertEquals(0, BigDecimal.ZERO.compareTo(OptionGreeksSchema.parse("{\"symbol\":\"X\",\"exchange\":\"NFO\"}",
                validator).interestRate()), "the rate defaults to 0");
        assertEquals(List.of("exchange", "expiry_time", "forward_price", "interest_rate"),
                fields(errors(() -> OptionGreeksSchema.parse("{\"symbol\":\"X\",\"exchange\":\"NSE\","
                        + "\"expiry_time\":\"25:00\",\"forward_price\":0,\"interest_rate\":101}", validator))));

        OptionGreeksSchema.Multi m = OptionGreeksSchema.Multi.parse("{\"symbols\":[{\"symbol\":\"A\",\"exchange\":\"NFO\"},"
                + "{\"symbol\":\"B\",\"exchange\":\"BFO\",\"underlying_symbol\":\"SENSEX\"}],\"interest_rate\":7}",
                validator);
        assertEquals(2, m.symbols().size());
        assertEquals("SENSEX", m.terms(m.symbols().get(1)).underlyingSymbol());
        assertEquals(List.of("forward_price", "symbols[0].exchange"), fields(errors(() -> OptionGreeksSchema.Multi.parse(
                "{\"symbols\":[{\"symbol\":\"A\",\"exchange\":\"NSE\"}],\"forward_price\":1}", validator))));
        assertEquals(List.of("symbols"), fields(errors(() -> OptionGreeksSchema.Multi.parse("{\"symbols\":[]}",
                validator))));
    }
}
