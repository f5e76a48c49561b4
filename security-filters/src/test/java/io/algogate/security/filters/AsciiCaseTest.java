package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AsciiCaseTest {

    private static final String KELVIN_SIGN = "\u212A";
    private static final String DOTLESS_I = "\u0131";

    @Test
    void foldsAsciiLettersOnly() {
        assertEquals("https://example.com:8443", AsciiCase.lower("HTTPS://Example.COM:8443"));
        assertEquals("NIFTY24DEC", AsciiCase.upper("nifty24Dec"));
        assertTrue(AsciiCase.equalsIgnoreCase("WebSocket", "websocket"));
        assertNull(AsciiCase.lower(null));
        assertNull(AsciiCase.upper(null));
        assertFalse(AsciiCase.equalsIgnoreCase(null, "x"));
    }

    @Test
    void nonAsciiLookalikesNeverFoldOntoAsciiTokens() {
        // The JDK's own folding does map these onto ASCII: that is the attack this class prevents.
        assertEquals("kite.com", (KELVIN_SIGN + "ite.com").toLowerCase(Locale.ROOT));
        assertTrue(("l" + DOTLESS_I + "ve").equalsIgnoreCase("LIVE"));

        assertEquals(KELVIN_SIGN + "ite.com", AsciiCase.lower(KELVIN_SIGN + "ite.com"));
        assertFalse(AsciiCase.equalsIgnoreCase("l" + DOTLESS_I + "ve", "LIVE"));
        assertFalse(AsciiCase.upper("l" + DOTLESS_I + "ve").equals("LIVE"));
    }
}
