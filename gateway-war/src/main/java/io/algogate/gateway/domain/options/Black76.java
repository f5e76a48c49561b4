package io.algogate.gateway.domain.options;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;

/**
 * Black-76: a European option on a forward (Indian index and stock options are priced off the
 * future), its greeks, and the volatility implied by a price. Units are the model's: time in years,
 * rate and volatility as decimals (0.13 for 13%), theta per year of calendar time, vega per unit of
 * volatility, rho per unit of rate with the forward held fixed. The API layer scales them as OpenAlgo
 * shows them (theta per day, vega and rho per percentage point).
 */
public final class Black76 {

    /** The option's right. */
    public enum Right { CALL, PUT }

    /** A price and its sensitivities. */
    public record Valuation(double price, double delta, double gamma, double theta, double vega, double rho) {
    }

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    /** The volatilities an implied-volatility search considers: 0.0001% to 500%. */
    static final double MIN_VOLATILITY = 1e-6;
    static final double MAX_VOLATILITY = 5.0;
    private static final double SOLVER_ACCURACY = 1e-12;
    private static final int SOLVER_EVALUATIONS = 500;

    private Black76() {
    }

    /**
     * @throws IllegalArgumentException for a non-positive forward, strike, time or volatility, where
     *         the model has no answer
     */
    public static Valuation value(Right right, double forward, double strike, double years, double rate,
            double volatility) {
        require(forward > 0 && strike > 0, "forward and strike must be positive");
        require(years > 0, "time to expiry must be positive");
        require(volatility > 0, "volatility must be positive");
        double sqrtT = Math.sqrt(years);
        double d1 = (Math.log(forward / strike) + 0.5 * volatility * volatility * years) / (volatility * sqrtT);
        double d2 = d1 - volatility * sqrtT;
        double discount = Math.exp(-rate * years);
        double density = STANDARD_NORMAL.density(d1);
        double price;
        double delta;
        if (right == Right.CALL) {
            price = discount * (forward * cdf(d1) - strike * cdf(d2));
            delta = discount * cdf(d1);
        } else {
            price = discount * (strike * cdf(-d2) - forward * cdf(-d1));
            delta = -discount * cdf(-d1);
        }
        double gamma = discount * density / (forward * volatility * sqrtT);
        double vega = forward * discount * density * sqrtT;
        double theta = rate * price - forward * discount * density * volatility / (2 * sqrtT);
        double rho = -years * price;
        return new Valuation(price, delta, gamma, theta, vega, rho);
    }

    /**
     * The volatility at which the model gives {@code price}.
     *
     * @throws IllegalArgumentException when no volatility in [{@value #MIN_VOLATILITY},
     *         {@value #MAX_VOLATILITY}] gives the price (below intrinsic value, above the discounted
     *         forward or strike, or a deep option whose price no longer depends on volatility)
     */
    public static double impliedVolatility(Right right, double forward, double strike, double years, double rate,
            double price) {
        require(price > 0, "option price must be positive");
        double low = value(right, forward, strike, years, rate, MIN_VOLATILITY).price() - price;
        double high = value(right, forward, strike, years, rate, MAX_VOLATILITY).price() - price;
        require(low <= 0 && high >= 0, "no volatility between 0.0001% and 500% gives the price " + price);
        try {
            return new BrentSolver(SOLVER_ACCURACY).solve(SOLVER_EVALUATIONS,
                    volatility -> value(right, forward, strike, years, rate, volatility).price() - price,
                    MIN_VOLATILITY, MAX_VOLATILITY);
        } catch (TooManyEvaluationsException | MathIllegalArgumentException e) {
            throw new IllegalArgumentException("the implied volatility search did not converge for price " + price, e);
        }
    }

    private static double cdf(double x) {
        return STANDARD_NORMAL.cumulativeProbability(x);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
