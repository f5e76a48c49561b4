package io.algogate.gateway.domain.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.gateway.domain.options.Black76.Right;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * optiongreeks' numbers against fixtures computed independently with scipy
 * ({@code tools/black76/fixtures.py --optiongreeks}): implied volatility, delta, gamma, theta, vega
 * and rho in OpenAlgo's units within 1e-6, and the implied volatility recovers the volatility the
 * fixture's price was made with.
 */
class OptionGreeksTest {

    private static final double TOLERANCE = 1e-6;

    record Fixture(Right right, double forward, double strike, double years, double ratePercent, double price,
            double inputVolatility, double impliedVolatility, double delta, double gamma, double theta, double vega,
            double rho) {

        @Override
        public String toString() {
            return right + " F=" + forward + " K=" + strike + " T=" + years + " r%=" + ratePercent + " price=" + price;
        }
    }

    static Stream<Fixture> fixtures() throws IOException {
        try (InputStream in = OptionGreeksTest.class.getResourceAsStream("/black76/optiongreeks.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(line -> line.split(","))
                    .map(cells -> {
                        double[] n = Arrays.stream(cells, 1, cells.length).mapToDouble(Double::parseDouble).toArray();
                        return new Fixture(cells[0].equals("CE") ? Right.CALL : Right.PUT, n[0], n[1], n[2], n[3],
                                n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11]);
                    }).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void agreesWithScipyWithinAMillionth(Fixture f) {
        OptionGreeks greeks = OptionGreeks.of(f.right(), f.forward(), f.strike(), f.years(), f.ratePercent(), f.price());

        assertEquals(f.impliedVolatility(), greeks.impliedVolatilityPercent(), TOLERANCE, "implied volatility");
        assertEquals(f.delta(), greeks.delta(), TOLERANCE, "delta");
        assertEquals(f.gamma(), greeks.gamma(), TOLERANCE, "gamma");
        assertEquals(f.theta(), greeks.thetaPerDay(), TOLERANCE, "theta");
        assertEquals(f.vega(), greeks.vegaPerPercent(), TOLERANCE, "vega");
        assertEquals(f.rho(), greeks.rhoPerPercent(), TOLERANCE, "rho");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theImpliedVolatilityRecoversTheInput(Fixture f) {
        OptionGreeks greeks = OptionGreeks.of(f.right(), f.forward(), f.strike(), f.years(), f.ratePercent(), f.price());

        assertEquals(f.inputVolatility(), greeks.impliedVolatilityPercent(), TOLERANCE);
    }

    @Test
    void aPriceBelowIntrinsicValueHasNoGreeks() {
        assertThrows(IllegalArgumentException.class, () -> OptionGreeks.of(Right.CALL, 24000, 23000, 0.02, 6.5, 500));
    }
}
