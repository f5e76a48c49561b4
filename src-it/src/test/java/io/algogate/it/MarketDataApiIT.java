package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every market data, symbol, options analytics and calendar route against the real server and the
 * default sandbox: each success shape field by field (OpenAlgo's, openalgo-behaviour.md 1.7 to 1.10)
 * and a validation refusal of each. The sandbox's own instruments only (SBIN, NIFTY and its chain).
 */
class MarketDataApiIT {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static String key;
    /** The sandbox's NIFTY weekly expiry as options requests write it (09DEC25) and as symbol answers do (09-DEC-25). */
    private static LocalDate weekly;
    private static LocalDate today;
    private final WebClient api = new WebClient();

    @BeforeAll
    static void serverIsUp() throws InterruptedException {
        ItServer.awaitReady();
        Installation.apiKey();
        // Greeks need time left to the weekly expiry's 15:30 close: be inside a session.
        Control.toTradingHours();
        key = Installation.liveApiKey();
        new Admin().refreshInstrumentMaster();
        Control.reset();
        today = Control.now().atZone(INDIA).toLocalDate();
        weekly = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    private static String code(LocalDate expiry) {
        return expiry.format(DateTimeFormatter.ofPattern("ddMMMyy", Locale.ENGLISH)).toUpperCase(Locale.ROOT);
    }

    private HttpResponse<String> post(String route, String fields) {
        return api.postJson("/api/v1/" + route, "{\"apikey\":\"" + key + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
    }

    private JsonObject success(String route, String fields) {
        HttpResponse<String> response = post(route, fields);
        assertEquals(200, response.statusCode(), route + ": " + response.body());
        JsonObject body = Json.parse(response.body());
        assertEquals("success", body.getString("status"), response.body());
        return body;
    }

    /** The 400's {@code errors} field names, sorted. */
    private List<String> refused(String route, String fields) {
        HttpResponse<String> response = post(route, fields);
        assertEquals(400, response.statusCode(), route + ": " + response.body());
        JsonObject body = Json.parse(response.body());
        assertEquals("error", body.getString("status"));
        return body.getJsonObject("errors").keySet().stream().sorted().toList();
    }

    private static List<String> keys(JsonObject object) {
        return object.keySet().stream().sorted().toList();
    }

    private static BigDecimal number(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    private static final List<String> QUOTE = List.of("ask", "bid", "high", "low", "ltp", "oi", "open", "prev_close",
            "volume");

    @Test
    void quotesGiveOpenAlgosFieldsAndRefuseBadOnes() {
        JsonObject body = success("quotes/", "\"symbol\":\"SBIN\",\"exchange\":\"NSE\"");
        assertEquals(List.of("data", "status"), keys(body));
        JsonObject quote = body.getJsonObject("data");
        assertEquals(QUOTE, keys(quote));
        assertTrue(number(quote, "bid").compareTo(number(quote, "ltp")) < 0, quote.toString());
        assertTrue(number(quote, "ask").compareTo(number(quote, "ltp")) > 0, quote.toString());
        assertTrue(number(quote, "low").compareTo(number(quote, "high")) <= 0, quote.toString());

        assertEquals(List.of("exchange", "symbol"), refused("quotes", "\"exchange\":\"NYSE\""));
        HttpResponse<String> unknown = post("quotes", "\"symbol\":\"NOSUCH\",\"exchange\":\"NSE\"");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("error", Json.parse(unknown.body()).getString("status"));
    }

    @Test
    void multiQuotesAnswerEachSymbolInOrderWithItsQuoteOrItsError() {
        JsonObject body = success("multiquotes", "\"symbols\":[{\"symbol\":\"SBIN\",\"exchange\":\"NSE\"},"
                + "{\"symbol\":\"NIFTY\",\"exchange\":\"NSE_INDEX\"},{\"symbol\":\"NOSUCH\",\"exchange\":\"NSE\"}]");
        assertEquals(List.of("results", "status"), keys(body));
        JsonArray results = body.getJsonArray("results");
        assertEquals(3, results.size());
        JsonObject sbin = results.getJsonObject(0);
        assertEquals(List.of("data", "exchange", "symbol"), keys(sbin));
        assertEquals("SBIN", sbin.getString("symbol"));
        assertEquals(QUOTE, keys(sbin.getJsonObject("data")));
        assertEquals("NIFTY", results.getJsonObject(1).getString("symbol"));
        assertEquals(List.of("error", "exchange", "symbol"), keys(results.getJsonObject(2)));

        assertEquals(List.of("symbols"), refused("multiquotes", "\"symbols\":[]"));
        assertEquals(List.of("symbols[0].exchange"), refused("multiquotes", "\"symbols\":[{\"symbol\":\"SBIN\"}]"));
    }

    @Test
    void depthHasFiveLevelsASide() {
        JsonObject depth = success("depth", "\"symbol\":\"SBIN\",\"exchange\":\"NSE\"").getJsonObject("data");
        assertEquals(List.of("asks", "bids", "high", "low", "ltp", "ltq", "oi", "open", "prev_close", "totalbuyqty",
                "totalsellqty", "volume"), keys(depth));
        for (String side : List.of("asks", "bids")) {
            JsonArray levels = depth.getJsonArray(side);
            assertEquals(5, levels.size());
            levels.forEach(level -> assertEquals(List.of("price", "quantity"), keys(level.asJsonObject())));
        }
        assertTrue(number(depth.getJsonArray("asks").getJsonObject(0), "price")
                .compareTo(number(depth.getJsonArray("bids").getJsonObject(0), "price")) > 0);

        assertEquals(List.of("symbol", "venue"), refused("depth", "\"exchange\":\"NSE\",\"venue\":\"x\""));
    }

    @Test
    void historyIsDeterministicWithEpochSecondsAndOpenInterest() {
        LocalDate monday = today.with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(1);
        String range = "\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"interval\":\"15m\",\"start_date\":\""
                + monday + "\",\"end_date\":\"" + monday.plusDays(1) + "\"";
        JsonObject body = success("history", range);
        assertEquals(List.of("data", "status"), keys(body));
        JsonArray candles = body.getJsonArray("data");
        assertEquals(2 * 25, candles.size(), "two sessions of 25 quarter hours");
        JsonObject first = candles.getJsonObject(0);
        assertEquals(List.of("close", "high", "low", "oi", "open", "timestamp", "volume"), keys(first));
        assertEquals(monday.atTime(9, 15).atZone(INDIA).toEpochSecond(), first.getJsonNumber("timestamp").longValue());
        assertEquals(candles, success("history", range).getJsonArray("data"), "the same request, the same candles");

        assertEquals(List.of("end_date", "interval", "start_date"), refused("history", "\"symbol\":\"SBIN\","
                + "\"exchange\":\"NSE\",\"interval\":\"7m\",\"start_date\":\"yesterday\""));
        HttpResponse<String> db = post("history", range + ",\"source\":\"db\"");
        assertEquals(400, db.statusCode(), db.body());
    }

    @Test
    void intervalsAreGroupedByUnit() {
        JsonObject data = success("intervals", "").getJsonObject("data");
        assertEquals(List.of("days", "hours", "minutes", "months", "seconds", "weeks"), keys(data));
        assertEquals(List.of("1m", "2m", "3m", "5m", "10m", "15m", "20m", "30m"),
                data.getJsonArray("minutes").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        assertEquals(List.of("D"), data.getJsonArray("days").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        assertEquals(List.of("symbol"), refused("intervals", "\"symbol\":\"SBIN\""));
    }

    @Test
    void tickerServesHistoryOverGetAsJsonOrText() {
        String range = "&from=" + today.minusDays(14) + "&to=" + today;
        HttpResponse<String> json = api.get("/api/v1/ticker/NSE:SBIN?apikey=" + key + range);
        assertEquals(200, json.statusCode(), json.body());
        JsonArray days = Json.parse(json.body()).getJsonArray("data");
        assertFalse(days.isEmpty());
        assertEquals(List.of("close", "high", "low", "open", "timestamp", "volume"), keys(days.getJsonObject(0)));

        HttpResponse<String> text = api.get("/api/v1/ticker/NSE:SBIN?apikey=" + key + range + "&interval=1h&format=txt");
        assertEquals(200, text.statusCode(), text.body());
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<String> lines = text.body().lines().toList();
        assertEquals("timestamp,open,high,low,close,volume", lines.get(0));
        assertEquals(6, lines.get(1).split(",").length);

        HttpResponse<String> bad = api.get("/api/v1/ticker/NSE:SBIN?apikey=" + key + "&from=" + today + "&format=xml");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(List.of("format", "to"), keys(Json.parse(bad.body()).getJsonObject("errors")));
        HttpResponse<String> wrongKey = api.get("/api/v1/ticker/NSE:SBIN?apikey=" + "0".repeat(64) + range);
        assertEquals(403, wrongKey.statusCode(), wrongKey.body());
    }

    private static final List<String> SYMBOL_ROW = List.of("brexchange", "brsymbol", "exchange", "expiry", "id",
            "instrumenttype", "lotsize", "name", "strike", "symbol", "tick_size", "token");

    @Test
    void symbolSearchAndExpiryComeFromTheInstrumentMaster() {
        JsonObject sbin = success("symbol", "\"symbol\":\"SBIN\",\"exchange\":\"NSE\"").getJsonObject("data");
        assertEquals(SYMBOL_ROW, keys(sbin));
        assertEquals("EQ", sbin.getString("instrumenttype"));
        assertEquals("", sbin.getString("expiry"));
        HttpResponse<String> missing = post("symbol", "\"symbol\":\"NOSUCH\",\"exchange\":\"NSE\"");
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals(List.of("exchange"), refused("symbol", "\"symbol\":\"SBIN\",\"exchange\":\"nse\""));

        String expiryText = weekly.format(DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.ENGLISH)).toUpperCase(Locale.ROOT);
        JsonObject found = success("search", "\"query\":\"nifty" + code(weekly) + "2400\",\"exchange\":\"NFO\"");
        assertEquals(List.of("data", "message", "status"), keys(found));
        JsonArray rows = found.getJsonArray("data");
        assertEquals("Found " + rows.size() + " matching symbols", found.getString("message"));
        assertEquals(2, rows.size(), "strikes are 50 apart: only 24000's CE and PE begin with 2400; " + rows);
        assertEquals(SYMBOL_ROW, keys(rows.getJsonObject(0)));
        assertEquals(expiryText, rows.getJsonObject(0).getString("expiry"));
        assertEquals(List.of("query"), refused("search", "\"exchange\":\"NFO\""));

        JsonObject options = success("expiry", "\"symbol\":\"NIFTY\",\"exchange\":\"NFO\",\"instrumenttype\":\"options\"");
        assertEquals(List.of("data", "message", "status"), keys(options));
        assertEquals(List.of(expiryText), options.getJsonArray("data").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("Found 1 expiry dates for NIFTY options in NFO", options.getString("message"));
        assertEquals(2, success("expiry", "\"symbol\":\"NIFTY\",\"exchange\":\"NFO\",\"instrumenttype\":\"futures\"")
                .getJsonArray("data").size());
        assertEquals(List.of("exchange", "instrumenttype"), refused("expiry", "\"symbol\":\"NIFTY\",\"exchange\":\"NSE\","
                + "\"instrumenttype\":\"calls\""));
    }

    @Test
    void instrumentsDownloadAsJsonOrCsv() {
        HttpResponse<String> json = api.get("/api/v1/instruments?apikey=" + key + "&exchange=NSE");
        assertEquals(200, json.statusCode(), json.body());
        JsonObject body = Json.parse(json.body());
        JsonArray rows = body.getJsonArray("data");
        assertEquals(8, rows.size(), "the sandbox's eight equities");
        assertEquals("Found 8 instruments", body.getString("message"));
        assertEquals(SYMBOL_ROW, keys(rows.getJsonObject(0)));

        HttpResponse<String> csv = api.get("/api/v1/instruments/?apikey=" + key + "&format=csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("attachment; filename=\"instruments_all.csv\"",
                csv.headers().firstValue("Content-Disposition").orElse(""));
        List<String> lines = csv.body().lines().toList();
        assertEquals("id,symbol,brsymbol,name,exchange,brexchange,token,expiry,strike,lotsize,instrumenttype,tick_size",
                lines.get(0));
        assertTrue(lines.size() > 300, "the whole master: equities, indices, futures and two chains");

        HttpResponse<String> bad = api.get("/api/v1/instruments?apikey=" + key + "&format=xml&exchange=LSE");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(List.of("exchange", "format"), keys(Json.parse(bad.body()).getJsonObject("errors")));
    }

    private String atmCall() {
        return success("optionsymbol", "\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\",\"expiry_date\":\""
                + code(weekly) + "\",\"offset\":\"ATM\",\"option_type\":\"CE\"").getString("symbol");
    }

    @Test
    void optionSymbolResolvesAnOffsetWithoutPlacingAnything() {
        JsonObject body = success("optionsymbol", "\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\",\"expiry_date\":\""
                + code(weekly) + "\",\"offset\":\"OTM1\",\"option_type\":\"PE\",\"strategy\":\"ignored\"");
        assertEquals(List.of("exchange", "lotsize", "status", "symbol", "tick_size", "underlying_ltp"), keys(body));
        assertEquals("NFO", body.getString("exchange"));
        assertEquals(75, body.getInt("lotsize"));
        assertTrue(body.getString("symbol").startsWith("NIFTY" + code(weekly)) && body.getString("symbol").endsWith("PE"));

        assertEquals(List.of("offset", "option_type"), refused("optionsymbol", "\"underlying\":\"NIFTY\","
                + "\"exchange\":\"NSE_INDEX\",\"expiry_date\":\"" + code(weekly) + "\",\"offset\":\"MID\","
                + "\"option_type\":\"XX\""));
    }

    @Test
    void optionChainListsStrikesAroundAtmWithQuotesAndGreeks() {
        JsonObject body = success("optionchain", "\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\",\"expiry_date\":\""
                + code(weekly) + "\",\"strike_count\":2,\"with_greeks\":true,\"interest_rate\":6.5");
        assertEquals(List.of("atm_strike", "chain", "expiry_date", "expiry_ts", "forward_price", "greeks_included",
                "quotes_included", "server_ts", "status", "underlying", "underlying_ltp", "underlying_prev_close"),
                keys(body));
        assertEquals(code(weekly), body.getString("expiry_date"));
        assertTrue(body.getBoolean("greeks_included"));
        JsonArray chain = body.getJsonArray("chain");
        assertEquals(5, chain.size());
        JsonObject atm = chain.getJsonObject(2);
        assertEquals(number(body, "atm_strike"), number(atm, "strike"));
        JsonObject call = atm.getJsonObject("ce");
        assertEquals(List.of("ask", "ask_qty", "bid", "bid_qty", "delta", "gamma", "high", "implied_volatility",
                "label", "lotsize", "low", "ltp", "oi", "open", "prev_close", "symbol", "theta", "tick_size", "vega",
                "volume"), keys(call));
        assertEquals("ATM", call.getString("label"));
        assertEquals("ITM2", chain.getJsonObject(0).getJsonObject("ce").getString("label"));
        assertEquals("OTM2", chain.getJsonObject(0).getJsonObject("pe").getString("label"));
        assertTrue(call.getJsonNumber("delta").doubleValue() > 0.2 && call.getJsonNumber("delta").doubleValue() < 0.8,
                call.toString());

        JsonObject plain = success("optionchain", "\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\",\"expiry_date\":\""
                + code(weekly) + "\",\"strike_count\":1");
        assertFalse(plain.getBoolean("greeks_included"));
        assertFalse(plain.getJsonArray("chain").getJsonObject(1).getJsonObject("ce").containsKey("delta"));
        assertEquals(List.of("strike_count"), refused("optionchain", "\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\","
                + "\"expiry_date\":\"" + code(weekly) + "\",\"strike_count\":0"));
    }

    @Test
    void syntheticFutureIsAtmPlusCallMinusPut() {
        JsonObject body = success("syntheticfuture", "\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\","
                + "\"expiry_date\":\"" + code(weekly) + "\"");
        assertEquals(List.of("atm_strike", "expiry", "status", "synthetic_future_price", "underlying", "underlying_ltp"),
                keys(body));
        BigDecimal ltp = number(body, "underlying_ltp");
        BigDecimal synthetic = number(body, "synthetic_future_price");
        assertTrue(synthetic.subtract(ltp).abs().compareTo(ltp.movePointLeft(2)) < 0, body.toString());

        assertEquals(List.of("expiry_date"), refused("syntheticfuture", "\"underlying\":\"NIFTY\",\"exchange\":\"NSE_INDEX\""));
    }

    @Test
    void optionGreeksOfOneAndOfManyOptions() {
        String call = atmCall();
        JsonObject body = success("optiongreeks", "\"symbol\":\"" + call + "\",\"exchange\":\"NFO\",\"interest_rate\":6.5");
        assertEquals(List.of("days_to_expiry", "exchange", "expiry_date", "greeks", "implied_volatility", "interest_rate",
                "option_price", "option_type", "spot_price", "status", "strike", "symbol", "underlying"), keys(body));
        assertEquals("NIFTY", body.getString("underlying"));
        assertEquals("CE", body.getString("option_type"));
        assertEquals(code(weekly), body.getString("expiry_date"));
        assertEquals(List.of("delta", "gamma", "rho", "theta", "vega"), keys(body.getJsonObject("greeks")));
        assertTrue(body.getJsonNumber("implied_volatility").doubleValue() > 1, body.toString());
        assertTrue(body.getJsonObject("greeks").getJsonNumber("theta").doubleValue() < 0, body.toString());
        assertEquals(List.of("exchange", "interest_rate"), refused("optiongreeks", "\"symbol\":\"" + call
                + "\",\"exchange\":\"NSE\",\"interest_rate\":200"));

        JsonObject many = success("multioptiongreeks", "\"symbols\":[{\"symbol\":\"" + call + "\",\"exchange\":\"NFO\"},"
                + "{\"symbol\":\"" + call.replace("CE", "PE") + "\",\"exchange\":\"NFO\"},"
                + "{\"symbol\":\"NIFTY30DEC25FUT\",\"exchange\":\"NFO\"}],\"interest_rate\":\"6.5\"");
        assertEquals(List.of("data", "status", "summary"), keys(many));
        assertEquals(Json.parse("{\"total\":3,\"success\":2,\"failed\":1}"), many.getJsonObject("summary"));
        JsonArray data = many.getJsonArray("data");
        assertEquals("success", data.getJsonObject(0).getString("status"));
        assertTrue(data.getJsonObject(1).getJsonObject("greeks").getJsonNumber("delta").doubleValue() < 0);
        assertEquals(List.of("exchange", "message", "status", "symbol"), keys(data.getJsonObject(2)));
        assertEquals(List.of("symbols"), refused("multioptiongreeks", "\"symbols\":[]"));
    }

    @Test
    void theNewRoutesSitBehindTheKeyFilterInTheApiRateClass() {
        for (String route : List.of("quotes", "history/", "optionchain", "market/timings")) {
            HttpResponse<String> wrongKey = api.postJson("/api/v1/" + route, "{\"apikey\":\"" + "f".repeat(64) + "\"}");
            assertEquals(403, wrongKey.statusCode(), route + ": " + wrongKey.body());
            assertEquals("Invalid openalgo apikey", Json.parse(wrongKey.body()).getString("message"));
        }
        HttpResponse<String> served = post("depth", "\"symbol\":\"SBIN\",\"exchange\":\"NSE\"");
        assertEquals(200, served.statusCode(), served.body());
        assertTrue(served.headers().firstValue("RateLimit-Policy").orElse("").startsWith("\"api\";"),
                served.headers().map().toString());
    }

    @Test
    void holidaysAndTimingsComeFromTheBuiltInCalendar() {
        JsonObject holidays = success("market/holidays", "\"year\":2026");
        assertEquals(List.of("data", "status", "timezone", "year"), keys(holidays));
        assertEquals("Asia/Kolkata", holidays.getString("timezone"));
        JsonObject republicDay = holidays.getJsonArray("data").getJsonObject(0);
        assertEquals(List.of("closed_exchanges", "date", "description", "holiday_type", "open_exchanges"),
                keys(republicDay));
        assertEquals("2026-01-26", republicDay.getString("date"));
        assertEquals("TRADING_HOLIDAY", republicDay.getString("holiday_type"));
        assertEquals(List.of("year"), refused("market/holidays", "\"year\":2019"));

        JsonArray friday = success("market/timings/", "\"date\":\"2026-12-04\"").getJsonArray("data");
        assertEquals(7, friday.size());
        JsonObject nse = friday.getJsonObject(0);
        assertEquals(List.of("end_time", "exchange", "start_time"), keys(nse));
        assertEquals(LocalDate.of(2026, 12, 4).atTime(9, 15).atZone(INDIA).toInstant().toEpochMilli(),
                nse.getJsonNumber("start_time").longValue());
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, success("market/timings", "\"date\":\"2026-12-05\"").getJsonArray("data"));
        assertEquals(List.of("date"), refused("market/timings", "\"date\":\"04-12-2026\""));
    }
}
