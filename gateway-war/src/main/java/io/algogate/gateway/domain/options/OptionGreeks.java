package io.algogate.gateway.domain.options;

import io.algogate.gateway.domain.options.Black76.Right;
import io.algogate.gateway.domain.options.Black76.Valuation;

/**
 * What OpenAlgo's optiongreeks answers for one option, from its market price: the implied volatility
 * solved with {@link Black76#impliedVolatility}, then the greeks at that volatility, in OpenAlgo's
 * units: volatility in percent, theta per calendar day, vega and rho per percentage point of
 * volatility and rate. The rate comes in percent too (OpenAlgo's {@code interest_rate}).
 *
 * <p>Nothing is rounded here: the values are compared with an independent scipy computation to 1e-6
 * ({@code tools/black76/fixtures.py --optiongreeks}), and rounding for display is the client's.
 */
public record OptionGreeks(double impliedVolatilityPercent, double delta, double gamma, double thetaPerDay,
        double vegaPerPercent, double rhoPerPercent) {

    static final double DAYS_A_YEAR = 365.0;

    /**
     * @param forward     the forward (or spot) price the option is written on
     * @param years       time to expiry in years of 365 days
     * @param ratePercent the interest rate in percent
     * @param optionPrice the option's market price
     * @throws IllegalArgumentException when the model has no answer (no volatility gives the price,
     *         the option has expired, a non-positive price)
     */
    public static OptionGreeks of(Right right, double forward, double strike, double years, double ratePercent,
            double optionPrice) {
        double rate = ratePercent / 100;
        double volatility = Black76.impliedVolatility(right, forward, strike, years, rate, optionPrice);
        Valuation v = Black76.value(right, forward, strike, years, rate, volatility);
        return new OptionGreeks(volatility * 100, v.delta(), v.gamma(), v.theta() / DAYS_A_YEAR, v.vega() / 100,
                v.rho() / 100);
    }
}
