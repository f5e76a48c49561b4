package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.application.OptionStrikes.OptionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strike selection: ATM nearest the LTP, ITM/OTM by offset, mirrored for calls and puts. */
class OptionStrikesTest {

    /** A chain 23500..24500 in steps of 50, as the sandbox lists NIFTY. */
    private static final List<BigDecimal> CHAIN = IntStream.rangeClosed(-10, 10)
            .mapToObj(i -> BigDecimal.valueOf(24000 + 50 * i)).toList();

    @ParameterizedTest(name = "LTP {0} {1} {2} -> {3}")
    @CsvSource({
        "24012.35, ATM,   CE, 24000",
        "24012.35, ATM,   PE, 24000",
        "24030,    ATM,   CE, 24050",
        "24025,    ATM,   CE, 24000",
        "24012.35, ITM1,  CE, 23950",
        "24012.35, ITM2,  CE, 23900",
        "24012.35, OTM1,  CE, 24050",
        "24012.35, OTM2,  CE, 24100",
        "24012.35, ITM1,  PE, 24050",
        "24012.35, ITM3,  PE, 24150",
        "24012.35, OTM1,  PE, 23950",
        "24012.35, OTM2,  PE, 23900",
        "24012.35, otm10, CE, 24500",
        "24012.35, ITM10, CE, 23500",
        "24012.35, OTM50, PE, 21500",
        "23100,    ATM,   CE, 23100",
        "24967.10, ATM,   CE, 24950",
        "24967.10, OTM2,  CE, 25050",
    })
    void selectsFromTheListedChain(BigDecimal ltp, String offset, OptionType type, BigDecimal strike) {
        assertEquals(0, strike.compareTo(OptionStrikes.select(ltp, CHAIN, null, offset, type).orElseThrow()));
    }

    @ParameterizedTest(name = "LTP {0} step {1} {2} {3} -> {4}")
    @CsvSource({
        "24012.35, 100, ATM,  CE, 24000",
        "24060,    100, ATM,  PE, 24100",
        "24050,    100, ATM,  CE, 24000",
        "24060,    100, ITM1, CE, 24000",
        "24060,    100, ITM1, PE, 24200",
        "24060,    100, OTM2, PE, 23900",
    })
    void aGivenStrikeIntervalRoundsTheLtp(BigDecimal ltp, BigDecimal step, String offset, OptionType type,
            BigDecimal strike) {
        assertEquals(0, strike.compareTo(OptionStrikes.select(ltp, CHAIN, step, offset, type).orElseThrow()));
    }

    @Test
    void stepIsTheSmallestGapAndEmptyChainsSelectNothing() {
        assertEquals(0, new BigDecimal("50").compareTo(OptionStrikes.step(CHAIN).orElseThrow()));
        assertTrue(OptionStrikes.select(BigDecimal.TEN, List.of(), null, "ATM", OptionType.CE).isEmpty());
        assertTrue(OptionStrikes.select(BigDecimal.TEN, List.of(BigDecimal.TEN), null, "OTM1", OptionType.CE).isEmpty());
        assertEquals(BigDecimal.TEN, OptionStrikes.select(BigDecimal.ONE, List.of(BigDecimal.TEN), null, "ATM",
                OptionType.PE).orElseThrow());
    }

    @Test
    void offsetsOutsideOneToFiftyAreRefused() {
        for (String bad : List.of("ITM0", "OTM51", "ATM1", "ITM", "XTM1", "")) {
            assertThrows(IllegalArgumentException.class, () -> OptionStrikes.stepsFromAtm(bad, OptionType.CE), bad);
        }
    }

    @Test
    void strikesAreWrittenAsOpenAlgosSymbolsWriteThem() {
        assertEquals("24000", OptionStrikes.strikeText(new BigDecimal("24000.0000")));
        assertEquals("292.5", OptionStrikes.strikeText(new BigDecimal("292.50")));
    }
}
