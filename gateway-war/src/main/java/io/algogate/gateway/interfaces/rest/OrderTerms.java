package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.gateway.application.SmartOrderRequest;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fields every OpenAlgo order schema shares (placeorder's, a basket item's, modifyorder's, ...),
 * read and checked once: the schemas nest it and its fields stay top-level in their JSON. Values
 * failed in parsing are null (or the default) and are not blamed again here.
 *
 * @param zeroQuantityAllowed true only for placesmartorder, whose quantity may be 0
 */
@ConsistentOrder
record OrderTerms(
        String exchange,
        String symbol,
        Action action,
        BigDecimal quantity,
        PriceType priceType,
        Product product,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal price,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal triggerPrice,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) Integer disclosedQuantity,
        boolean zeroQuantityAllowed) implements OrderFields {

    /** The JSON names of these fields. */
    static final List<String> FIELDS = List.of("exchange", "symbol", "action", "quantity", "pricetype", "product",
            "price", "trigger_price", "disclosed_quantity");

    /** How strictly to read: placeorder's defaults, modifyorder's all-required, smart order's zero quantity. */
    enum Rules { DEFAULTS, ALL_REQUIRED, SMART }

    /**
     * Reads the fields with OpenAlgo's defaults: pricetype MARKET, product MIS, prices and disclosed
     * quantity 0 (modifyorder requires them all instead).
     */
    static OrderTerms read(JsonRequest json, Rules rules) {
        boolean all = rules == Rules.ALL_REQUIRED;
        return new OrderTerms(
                json.choice("exchange", true, OpenAlgoEnums.EXCHANGES).orElse(null),
                json.string("symbol", true, 100).orElse(null),
                json.action("action", true).orElse(null),
                json.decimal("quantity", true).orElse(null),
                json.priceType("pricetype", all, OpenAlgoEnums.PRICE_TYPES).orElse(all ? null : PriceType.MARKET),
                json.product("product", all, OpenAlgoEnums.PRODUCTS).orElse(all ? null : Product.MIS),
                json.decimal("price", all).orElse(BigDecimal.ZERO),
                json.decimal("trigger_price", all).orElse(BigDecimal.ZERO),
                json.integer("disclosed_quantity", all).orElse(0),
                rules == Rules.SMART);
    }

    /** The order for the broker; call only on validated terms. */
    OrderRequest toOrderRequest(String strategy) {
        return toOrderRequest(strategy, quantity);
    }

    /** A smart order to the target position; call only on validated terms. */
    SmartOrderRequest toSmartOrderRequest(String strategy, BigDecimal positionSize) {
        return new SmartOrderRequest(strategy, exchange, symbol, action, quantity, priceType, product, price,
                triggerPrice, disclosedQuantity, positionSize);
    }

    /** The same order with another quantity (a split order's child). */
    OrderRequest toOrderRequest(String strategy, BigDecimal childQuantity) {
        return new OrderRequest(strategy, exchange, symbol, action, childQuantity, priceType, product, price,
                triggerPrice, disclosedQuantity);
    }
}
