package io.algogate.gateway.interfaces.stream;

import io.algogate.broker.spi.Depth;
import io.algogate.broker.spi.DepthLevel;
import io.algogate.broker.spi.OrderUpdate;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.spi.Tick;
import io.algogate.security.filters.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** The server's messages in OpenAlgo's streaming protocol (field names as its proxy sends them). */
final class StreamMessages {

    private StreamMessages() {
    }

    /** OpenAlgo's number for a mode: 1 LTP, 2 Quote, 3 Depth. */
    static int modeNumber(StreamMode mode) {
        return mode.ordinal() + 1;
    }

    /** OpenAlgo's name for a mode. */
    static String modeName(StreamMode mode) {
        return switch (mode) {
            case LTP -> "LTP";
            case QUOTE -> "Quote";
            case DEPTH -> "Depth";
        };
    }

    static String error(String code, String message) {
        return Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("code", code).add("message", message).build()
                .toString();
    }

    static String authenticated(String broker, String userId) {
        return Jsonp.PROVIDER.createObjectBuilder().add("type", "auth").add("status", "success")
                .add("message", "Authentication successful").add("broker", broker).add("user_id", userId)
                .add("supported_features", Jsonp.PROVIDER.createObjectBuilder().add("ltp", true).add("quote", true)
                        .add("depth", true))
                .build().toString();
    }

    static String pong(Instant now) {
        return Jsonp.PROVIDER.createObjectBuilder().add("type", "pong").add("status", "success")
                .add("server_timestamp", now.toEpochMilli()).build().toString();
    }

    static String brokerInfo(String broker) {
        return Jsonp.PROVIDER.createObjectBuilder().add("type", "broker_info").add("status", "success").add("broker", broker)
                .add("supported_features", Jsonp.PROVIDER.createObjectBuilder().add("ltp", true).add("quote", true)
                        .add("depth", true))
                .build().toString();
    }

    /** The answer to {@code subscribe}: one entry per instrument, each its own success or error. */
    static String subscribed(String broker, List<TopicOutcome> outcomes) {
        return outcomeReply("subscribe", "Subscription processing complete", broker, outcomes);
    }

    static String unsubscribed(String broker, List<TopicOutcome> outcomes) {
        return outcomeReply("unsubscribe", "Unsubscription processing complete", broker, outcomes);
    }

    static String ordersSubscribed(boolean subscribed) {
        return Jsonp.PROVIDER.createObjectBuilder().add("type", subscribed ? "subscribe_orders" : "unsubscribe_orders")
                .add("status", "success")
                .add("message", subscribed ? "Subscribed to order updates" : "Unsubscribed from order updates")
                .build().toString();
    }

    static String unsubscribedAll(int count) {
        return Jsonp.PROVIDER.createObjectBuilder().add("type", "unsubscribe_all").add("status", "success")
                .add("message", "Unsubscribed from all symbols").add("count", count).build().toString();
    }

    /** How one instrument of a subscribe or unsubscribe fared. */
    record TopicOutcome(SymbolRef symbol, StreamMode mode, String error) {
        static TopicOutcome ok(SymbolRef symbol, StreamMode mode) {
            return new TopicOutcome(symbol, mode, null);
        }
    }

    private static String outcomeReply(String type, String message, String broker, List<TopicOutcome> outcomes) {
        JsonArrayBuilder entries = Jsonp.PROVIDER.createArrayBuilder();
        boolean anySucceeded = false;
        for (TopicOutcome outcome : outcomes) {
            JsonObjectBuilder entry = Jsonp.PROVIDER.createObjectBuilder().add("symbol", outcome.symbol().symbol())
                    .add("exchange", outcome.symbol().exchange());
            if (outcome.mode() != null) {
                entry.add("mode", modeName(outcome.mode()));
            }
            if (outcome.error() == null) {
                entry.add("status", "success");
                anySucceeded = true;
            } else {
                entry.add("status", "error").add("message", outcome.error());
            }
            entries.add(entry);
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("type", type).add("status", anySucceeded ? "success" : "error")
                .add("subscriptions", entries).add("message", message).add("broker", broker).build().toString();
    }

    /** A tick: {@code ltp} and {@code timestamp} (epoch milliseconds), the quote's fields, the depth. */
    static String marketData(Tick tick) {
        JsonObjectBuilder data = Jsonp.PROVIDER.createObjectBuilder().add("ltp", tick.ltp())
                .add("timestamp", tick.timestamp().toEpochMilli());
        Quote quote = tick.quote();
        if (tick.mode() != StreamMode.LTP && quote != null) {
            BigDecimal change = tick.ltp().subtract(quote.prevClose());
            BigDecimal percent = quote.prevClose().signum() == 0 ? BigDecimal.ZERO
                    : change.multiply(BigDecimal.valueOf(100)).divide(quote.prevClose(), 2, RoundingMode.HALF_UP);
            data.add("open", quote.open()).add("high", quote.high()).add("low", quote.low())
                    .add("close", quote.prevClose()).add("volume", quote.volume()).add("change", change)
                    .add("change_percent", percent).add("last_trade_quantity", BigDecimal.ZERO)
                    .add("avg_trade_price", BigDecimal.ZERO);
        }
        Depth depth = tick.depth();
        if (tick.mode() == StreamMode.DEPTH && depth != null) {
            data.add("last_trade_quantity", depth.ltq())
                    .add("depth", Jsonp.PROVIDER.createObjectBuilder().add("buy", levels(depth.bids()))
                            .add("sell", levels(depth.asks())));
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("type", "market_data").add("symbol", tick.symbol().symbol())
                .add("exchange", tick.symbol().exchange()).add("mode", modeNumber(tick.mode())).add("data", data)
                .build().toString();
    }

    /** OpenAlgo's five levels a side; a broker that sent fewer is padded with zero levels. */
    private static JsonArrayBuilder levels(List<DepthLevel> levels) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        for (int i = 0; i < Depth.LEVELS; i++) {
            DepthLevel level = i < levels.size() ? levels.get(i) : new DepthLevel(BigDecimal.ZERO, BigDecimal.ZERO);
            array.add(Jsonp.PROVIDER.createObjectBuilder().add("price", level.price()).add("quantity", level.quantity())
                    .add("orders", 0));
        }
        return array;
    }

    /**
     * An order update in OpenAlgo's shape. The SPI's update has no price, trigger price, price type or
     * product: those go out as 0 and "" rather than being invented. The mode is "live": updates come
     * from the active broker, not from analyze mode's sandbox.
     */
    static String orderUpdate(OrderUpdate update, String broker, String userId) {
        BigDecimal pending = update.quantity().subtract(update.filledQuantity()).max(BigDecimal.ZERO);
        return Jsonp.PROVIDER.createObjectBuilder().add("type", "order_update").add("user_id", userId).add("mode", "live")
                .add("broker", broker).add("orderid", update.orderId()).add("symbol", update.symbol())
                .add("exchange", update.exchange()).add("action", update.action().name())
                .add("quantity", update.quantity()).add("price", BigDecimal.ZERO).add("trigger_price", BigDecimal.ZERO)
                .add("pricetype", "").add("product", "").add("order_status", update.status().wireName())
                .add("filled_quantity", update.filledQuantity()).add("pending_quantity", pending)
                .add("average_price", update.averagePrice())
                .add("rejection_reason", update.message() == null ? "" : update.message())
                .add("timestamp", update.updatedAt().toEpochMilli())
                .build().toString();
    }
}
