package io.algogate.broker.kite;

import static io.algogate.broker.kite.KiteJson.child;
import static io.algogate.broker.kite.KiteJson.decimal;
import static io.algogate.broker.kite.KiteJson.object;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerException.Reason;
import io.algogate.broker.spi.Depth;
import io.algogate.broker.spi.DepthLevel;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.SymbolRef;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotes and market depth, both from Kite's full quote ({@code GET /quote?i=EXCHANGE:SYMBOL}), which
 * carries the OHLC, volume, open interest and five levels of bids and asks in one answer.
 */
final class KiteMarketData {

    private final KiteHttp http;
    private final KiteHttp.Authorization authorization;

    KiteMarketData(KiteHttp http, KiteHttp.Authorization authorization) {
        this.http = http;
        this.authorization = authorization;
    }

    Quote quote(SymbolRef symbol) throws BrokerException {
        return fullQuote(symbol, "quote", (kite, ohlc, depth) -> new Quote(symbol,
                decimal(ohlc, "open"), decimal(ohlc, "high"), decimal(ohlc, "low"),
                decimal(kite, "last_price"),
                bestPrice(depth, "sell"), bestPrice(depth, "buy"),
                decimal(ohlc, "close"),
                decimal(kite, "volume"),
                decimal(kite, "oi")));
    }

    /** Kite's five levels a side as it sends them, empty levels (price and quantity 0) included. */
    Depth depth(SymbolRef symbol) throws BrokerException {
        return fullQuote(symbol, "depth", (kite, ohlc, depth) -> new Depth(symbol,
                decimal(ohlc, "open"), decimal(ohlc, "high"), decimal(ohlc, "low"),
                decimal(kite, "last_price"),
                decimal(kite, "last_quantity"),
                decimal(ohlc, "close"),
                decimal(kite, "volume"),
                decimal(kite, "oi"),
                decimal(kite, "buy_quantity"),
                decimal(kite, "sell_quantity"),
                levels(depth, "buy"),
                levels(depth, "sell")));
    }

    /** Reads one instrument's full quote, given with its {@code ohlc} and {@code depth} blocks. */
    @FunctionalInterface
    private interface FullQuote<T> {
        T map(JsonObject kite, JsonObject ohlc, JsonObject depth);
    }

    private <T> T fullQuote(SymbolRef symbol, String what, FullQuote<T> mapper) throws BrokerException {
        String instrument = symbol.exchange() + ":" + symbol.symbol();
        JsonObject data = object(http.call("GET",
                "/quote?i=" + URLEncoder.encode(instrument, StandardCharsets.UTF_8), null, authorization.header()),
                what);
        // Kite leaves out the key of an instrument it has no data for rather than failing the call.
        if (!(data.get(instrument) instanceof JsonObject kite)) {
            throw new BrokerException(Reason.REJECTED, "Kite has no " + what + " for " + instrument);
        }
        try {
            return mapper.map(kite, child(kite, "ohlc"), child(kite, "depth"));
        } catch (RuntimeException e) {
            throw new BrokerException(Reason.UNAVAILABLE, "Kite's " + what + " for " + instrument + " is malformed", e);
        }
    }

    private static List<DepthLevel> levels(JsonObject depth, String side) {
        List<DepthLevel> levels = new ArrayList<>();
        if (depth.get(side) instanceof JsonArray kiteLevels) {
            for (JsonValue level : kiteLevels.subList(0, Math.min(Depth.LEVELS, kiteLevels.size()))) {
                JsonObject kite = level.asJsonObject();
                levels.add(new DepthLevel(decimal(kite, "price"), decimal(kite, "quantity")));
            }
        }
        return levels;
    }

    private static BigDecimal bestPrice(JsonObject depth, String side) {
        if (depth.get(side) instanceof JsonArray levels && !levels.isEmpty()
                && levels.get(0) instanceof JsonObject best) {
            return decimal(best, "price");
        }
        return BigDecimal.ZERO;
    }
}
