package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.PriceType;
import java.math.BigDecimal;

/** The fields of an order schema that {@link ConsistentOrder} checks against each other. */
interface OrderFields {

    String exchange();

    BigDecimal quantity();

    PriceType priceType();

    BigDecimal price();

    BigDecimal triggerPrice();

    /** Whether 0 is a valid quantity (a smart order's, where the target position decides). */
    boolean zeroQuantityAllowed();
}
