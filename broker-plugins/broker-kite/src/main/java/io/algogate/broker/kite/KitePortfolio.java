package io.algogate.broker.kite;

import static io.algogate.broker.kite.KiteJson.child;
import static io.algogate.broker.kite.KiteJson.decimal;
import static io.algogate.broker.kite.KiteJson.entries;
import static io.algogate.broker.kite.KiteJson.object;
import static io.algogate.broker.kite.KiteJson.require;
import static io.algogate.broker.kite.KiteJson.requireDecimal;
import static io.algogate.broker.kite.KiteJson.timestamp;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerException.Reason;
import io.algogate.broker.spi.Funds;
import io.algogate.broker.spi.Holding;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.Trade;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The account's books over Kite's REST API: trades ({@code GET /trades}), net positions and holdings
 * ({@code GET /portfolio/...}) and funds ({@code GET /user/margins}). Symbols are Kite's
 * tradingsymbols, as in the order book.
 */
final class KitePortfolio {

    /** The segments of Kite's margins answer; the gateway's funds cover the whole account, as OpenAlgo's. */
    private static final List<String> SEGMENTS = List.of("equity", "commodity");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final KiteHttp http;
    private final KiteHttp.Authorization authorization;
    private final System.Logger logger;

    KitePortfolio(KiteHttp http, KiteHttp.Authorization authorization, System.Logger logger) {
        this.http = http;
        this.authorization = authorization;
        this.logger = logger;
    }

    List<Trade> trades() throws BrokerException {
        List<Trade> trades = entries(get("/trades"), "trade book", KitePortfolio::trade, logger);
        // The SPI promises oldest first; Kite does not document its order.
        trades.sort(Comparator.comparing(Trade::tradedAt));
        return trades;
    }

    /** The {@code net} positions: Kite's {@code day} list is only today's activity, not what is held. */
    List<Position> positions() throws BrokerException {
        JsonObject data = object(get("/portfolio/positions"), "positions");
        return entries(data.get("net"), "net positions", KitePortfolio::position, logger);
    }

    List<Holding> holdings() throws BrokerException {
        return entries(get("/portfolio/holdings"), "holdings", KitePortfolio::holding, logger);
    }

    /**
     * Funds summed over Kite's equity and commodity segments, as OpenAlgo's Zerodha adapter does: the
     * available cash is each segment's {@code net} (cash and collateral less what is utilised), the
     * debits, collateral and M2M come from each segment's {@code available} and {@code utilised}.
     */
    Funds funds() throws BrokerException {
        JsonObject data = object(get("/user/margins"), "margins");
        BigDecimal available = BigDecimal.ZERO;
        BigDecimal collateral = BigDecimal.ZERO;
        BigDecimal realised = BigDecimal.ZERO;
        BigDecimal unrealised = BigDecimal.ZERO;
        BigDecimal debits = BigDecimal.ZERO;
        int segments = 0;
        for (String name : SEGMENTS) {
            if (data.get(name) instanceof JsonObject segment) {
                segments++;
                JsonObject utilised = child(segment, "utilised");
                available = available.add(decimal(segment, "net"));
                collateral = collateral.add(decimal(child(segment, "available"), "collateral"));
                realised = realised.add(decimal(utilised, "m2m_realised"));
                unrealised = unrealised.add(decimal(utilised, "m2m_unrealised"));
                debits = debits.add(decimal(utilised, "debits"));
            }
        }
        if (segments == 0) {
            throw new BrokerException(Reason.UNAVAILABLE, "Kite's margins answer has neither equity nor commodity");
        }
        return new Funds(available, collateral, realised, unrealised, debits);
    }

    private JsonValue get(String path) throws BrokerException {
        return http.call("GET", path, null, authorization.header());
    }

    private static Trade trade(JsonObject kite) {
        BigDecimal quantity = requireDecimal(kite, "quantity");
        BigDecimal price = requireDecimal(kite, "average_price");
        // fill_timestamp is when the trade happened; older answers carried only exchange_timestamp.
        String filled = KiteHttp.string(kite, "fill_timestamp");
        return new Trade(
                require(kite, "order_id"),
                require(kite, "exchange"),
                require(kite, "tradingsymbol"),
                Action.valueOf(require(kite, "transaction_type")),
                Product.valueOf(require(kite, "product")),
                quantity,
                price,
                price.multiply(quantity),
                timestamp(filled != null ? filled : require(kite, "exchange_timestamp")));
    }

    private static Position position(JsonObject kite) {
        return new Position(
                require(kite, "exchange"),
                require(kite, "tradingsymbol"),
                Product.valueOf(require(kite, "product")),
                requireDecimal(kite, "quantity"),
                decimal(kite, "average_price"),
                decimal(kite, "last_price"),
                decimal(kite, "pnl"));
    }

    /**
     * Kite's {@code quantity} is what is delivered to the demat account; shares bought yesterday wait
     * in {@code t1_quantity} but are held all the same. Kite gives no P&L percentage, so it is the
     * price change against the average price, rounded to two places as OpenAlgo shows it.
     */
    private static Holding holding(JsonObject kite) {
        BigDecimal average = requireDecimal(kite, "average_price");
        BigDecimal last = decimal(kite, "last_price");
        BigDecimal percent = average.signum() == 0 ? BigDecimal.ZERO
                : last.subtract(average).multiply(HUNDRED).divide(average, 2, RoundingMode.HALF_UP);
        return new Holding(
                require(kite, "exchange"),
                require(kite, "tradingsymbol"),
                Product.valueOf(require(kite, "product")),
                requireDecimal(kite, "quantity").add(decimal(kite, "t1_quantity")),
                average,
                last,
                decimal(kite, "pnl"),
                percent);
    }
}
