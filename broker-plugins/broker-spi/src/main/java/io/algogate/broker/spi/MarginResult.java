package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The margin a basket needs, with OpenAlgo's fields. {@code marginBenefit} is null when the broker
 * does not report one (OpenAlgo then leaves the field out).
 */
public record MarginResult(
        BigDecimal totalMarginRequired,
        BigDecimal spanMargin,
        BigDecimal exposureMargin,
        BigDecimal marginBenefit) {

    public MarginResult {
        Objects.requireNonNull(totalMarginRequired, "totalMarginRequired");
        Objects.requireNonNull(spanMargin, "spanMargin");
        Objects.requireNonNull(exposureMargin, "exposureMargin");
    }
}
