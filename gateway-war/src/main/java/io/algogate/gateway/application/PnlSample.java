package io.algogate.gateway.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The account's total P&amp;L (realised plus unrealised, as the funds report them) at one instant. */
public record PnlSample(Instant at, BigDecimal total) {

    public PnlSample {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(total, "total");
    }
}
