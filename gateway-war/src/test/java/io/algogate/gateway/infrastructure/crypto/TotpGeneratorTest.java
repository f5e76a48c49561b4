package io.algogate.gateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpGeneratorTest {

    /** RFC 6238 Appendix B's SHA-1 seed. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesRfc6238AppendixBSha1Vectors(long unixSeconds, String expected) {
        long step = TotpGenerator.stepAt(Instant.ofEpochSecond(unixSeconds));
        assertEquals(expected, new TotpGenerator(8).codeForStep(RFC_SECRET, step));
        // HOTP truncation keeps the low digits, so the 6-digit code is the last six of the 8-digit one.
        assertEquals(expected.substring(2), new TotpGenerator().codeForStep(RFC_SECRET, step));
    }

    @Test
    void stepsAreThirtySecondsFromTheEpoch() {
        assertEquals(0, TotpGenerator.stepAt(Instant.ofEpochSecond(29)));
        assertEquals(1, TotpGenerator.stepAt(Instant.ofEpochSecond(30)));
        assertEquals(37037037, TotpGenerator.stepAt(Instant.ofEpochSecond(1111111111)));
    }

    @Test
    void base32MatchesRfc4648AndRoundTrips() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(RFC_SECRET));
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb oi======"));
        assertArrayEquals(RFC_SECRET, Base32.decode(Base32.encode(RFC_SECRET)));
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("ABC1"));
    }
}
