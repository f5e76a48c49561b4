package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.MarginPosition;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * OpenAlgo's {@code MarginCalculatorSchema}: 1 to 50 positions, each with its symbol (1 to 50
 * characters), exchange, action, quantity (OpenAlgo sends a string; a number is taken too), product and
 * price type (both required here, as in OpenAlgo), and price and trigger price defaulting to 0. The
 * order rules apply to each position (errors name them {@code positions[0].quantity}).
 */
record MarginCalculatorSchema(
        @Size(min = 1, max = MAX_POSITIONS, message = "Length must be between 1 and 50.")
        List<@Valid Item> positions) {

    static final int MAX_POSITIONS = 50;
    static final List<String> FIELDS = List.of("apikey", "positions");
    static final List<String> ITEM_FIELDS = List.of("symbol", "exchange", "action", "quantity", "product",
            "pricetype", "price", "trigger_price");

    /** One position, checked as an order's fields are. */
    @ConsistentOrder
    record Item(
            String exchange,
            String symbol,
            Action action,
            BigDecimal quantity,
            Product product,
            PriceType priceType,
            @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal price,
            @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal triggerPrice) implements OrderFields {

        @Override
        public boolean zeroQuantityAllowed() {
            return false;
        }

        MarginPosition toMarginPosition() {
            return new MarginPosition(exchange, symbol, action, quantity, product, priceType, price, triggerPrice);
        }
    }

    static MarginCalculatorSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS).declare(ITEM_FIELDS);
        json.string("apikey", false, 256);
        List<Item> positions = json.objects("positions", true).stream().map(item -> {
            item.allowOnly(ITEM_FIELDS);
            return new Item(
                    item.choice("exchange", true, OpenAlgoEnums.EXCHANGES).orElse(null),
                    item.string("symbol", true, 50).orElse(null),
                    item.action("action", true).orElse(null),
                    item.decimal("quantity", true).orElse(null),
                    item.product("product", true, OpenAlgoEnums.PRODUCTS).orElse(null),
                    item.priceType("pricetype", true, OpenAlgoEnums.PRICE_TYPES).orElse(null),
                    item.decimal("price", false).orElse(BigDecimal.ZERO),
                    item.decimal("trigger_price", false).orElse(BigDecimal.ZERO));
        }).toList();
        return json.validated(validator, new MarginCalculatorSchema(positions));
    }

    List<MarginPosition> toMarginPositions() {
        return positions.stream().map(Item::toMarginPosition).toList();
    }
}
