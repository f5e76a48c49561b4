package io.algogate.gateway.domain.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.gateway.domain.options.Black76.Right;
import io.algogate.gateway.domain.options.Black76.Valuation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Black-76 against fixtures computed independently with scipy ({@code tools/black76/fixtures.py}):
 * price, greeks and implied volatility within 1e-6.
 */
class Black76Test {

    private static final double TOLERANCE = 1e-6;

    /** One fixture row: the inputs and scipy's answers. */
    record Fixture(Right right, double forward, double strike, double years, double rate, double volatility,
            double price, double delta, double gamma, double theta, double vega, double rho, double implied) {

        @Override
        public String toString() {
            return right + " F=" + forward + " K=" + strike + " T=" + years + " r=" + rate + " vol=" + volatility;
        }
    }

    static Stream<Fixture> fixtures() throws IOException {
        try (InputStream in = Black76Test.class.getResourceAsStream("/black76/fixtures.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            return lines.stream().map(line -> line.split(",")).map(cells -> {
                double[] n = Arrays.stream(cells, 1, cells.length).mapToDouble(Double::parseDouble).toArray();
                return new Fixture(cells[0].equals("CE") ? Right.CALL : Right.PUT, n[0], n[1], n[2], n[3], n[4], n[5],
                        n[6], n[7], n[8], n[9], n[10], n[11]);
            }).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void priceAndGreeksAgreeWithScipy(Fixture f) {
        Valuation v = Black76.value(f.right(), f.forward(), f.strike(), f.years(), f.rate(), f.volatility());

        assertEquals(f.price(), v.price(), TOLERANCE, "price");
        assertEquals(f.delta(), v.delta(), TOLERANCE, "delta");
        assertEquals(f.gamma(), v.gamma(), TOLERANCE, "gamma");
        assertEquals(f.theta(), v.theta(), TOLERANCE, "theta");
        assertEquals(f.vega(), v.vega(), TOLERANCE, "vega");
        assertEquals(f.rho(), v.rho(), TOLERANCE, "rho");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void impliedVolatilityAgreesWithScipyAndRecoversTheInput(Fixture f) {
        double implied = Black76.impliedVolatility(f.right(), f.forward(), f.strike(), f.years(), f.rate(), f.price());

        assertEquals(f.implied(), implied, TOLERANCE, "scipy's brentq");
        assertEquals(f.volatility(), implied, TOLERANCE, "the round trip");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.12, 0.3, 0.75, 1.5})
    void theRoundTripHoldsAcrossVolatilities(double volatility) {
        double price = Black76.value(Right.PUT, 22000, 21500, 14 / 365.0, 0.065, volatility).price();

        assertEquals(volatility, Black76.impliedVolatility(Right.PUT, 22000, 21500, 14 / 365.0, 0.065, price), TOLERANCE);
    }

    @Test
    void aPriceNoVolatilityGivesIsRefused() {
        // Below the discounted intrinsic value of a deep call: no volatility is that low.
        assertThrows(IllegalArgumentException.class,
                () -> Black76.impliedVolatility(Right.CALL, 24000, 23000, 7 / 365.0, 0.065, 900));
        assertThrows(IllegalArgumentException.class,
                () -> Black76.impliedVolatility(Right.CALL, 24000, 24000, 7 / 365.0, 0.065, 30000));
        assertThrows(IllegalArgumentException.class,
                () -> Black76.value(Right.CALL, 24000, 24000, 0, 0.065, 0.2));
    }
}
