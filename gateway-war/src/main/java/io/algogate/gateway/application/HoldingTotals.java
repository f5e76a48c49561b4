package io.algogate.gateway.application;

import io.algogate.broker.spi.Holding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * OpenAlgo's {@code calculate_portfolio_statistics}: holding value at the last price, investment at the
 * average price, their P&amp;L, and that P&amp;L as a percentage of the investment (two decimals). The
 * API's holdings and the dashboard's holdings page both show these.
 */
public record HoldingTotals(BigDecimal holdingValue, BigDecimal investment, BigDecimal pnl, BigDecimal pnlPercent) {

    public static HoldingTotals of(List<Holding> holdings) {
        BigDecimal investment = sum(holdings, h -> h.averagePrice().multiply(h.quantity()));
        BigDecimal pnl = sum(holdings, Holding::pnl);
        return new HoldingTotals(sum(holdings, h -> h.ltp().multiply(h.quantity())), investment, pnl,
                investment.signum() == 0 ? BigDecimal.ZERO
                        : pnl.multiply(BigDecimal.valueOf(100)).divide(investment, 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal sum(List<Holding> holdings, Function<Holding, BigDecimal> value) {
        return holdings.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
