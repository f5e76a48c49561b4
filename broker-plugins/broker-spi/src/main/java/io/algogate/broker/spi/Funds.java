package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.util.Objects;

/** The account's funds, with OpenAlgo's fields ({@code availablecash}, {@code collateral}, ...). */
public record Funds(
        BigDecimal availableCash,
        BigDecimal collateral,
        BigDecimal m2mRealized,
        BigDecimal m2mUnrealized,
        BigDecimal utilisedDebits) {

    public Funds {
        Objects.requireNonNull(availableCash, "availableCash");
        Objects.requireNonNull(collateral, "collateral");
        Objects.requireNonNull(m2mRealized, "m2mRealized");
        Objects.requireNonNull(m2mUnrealized, "m2mUnrealized");
        Objects.requireNonNull(utilisedDebits, "utilisedDebits");
    }
}
