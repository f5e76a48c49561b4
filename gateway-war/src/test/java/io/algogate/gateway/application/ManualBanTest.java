package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.security.filters.IpAddresses;
import org.junit.jupiter.api.Test;

class ManualBanTest {

    @Test
    void anAddressIsReadAsTheClientKeyTheFiltersCountBy() {
        assertEquals("203.0.113.7", ManualBan.of(" 203.0.113.7 ", "scanner", 24).clientKey());
        assertEquals(IpAddresses.clientKey("2001:db8:1:2::99"),
                ManualBan.of("2001:db8:1:2::99", "scanner", 0).clientKey(), "an IPv6 address bans its /64");
        assertTrue(ManualBan.of("2001:db8:1:2::99", "scanner", 0).clientKey().endsWith("/64"));
    }

    @Test
    void noHoursMeansTheConfiguredLengthAndZeroMeansPermanent() {
        assertNull(ManualBan.of("203.0.113.7", "r", null).hours());
        assertEquals(0, ManualBan.of("203.0.113.7", "r", 0).hours());
        assertEquals("r", ManualBan.of("203.0.113.7", " r ", 1).reason());
    }

    @Test
    void badInputIsRefusedWithAMessageFitToShow() {
        for (String ip : new String[] {null, "", "not-an-ip", "203.0.113.0/24", "<script>alert(1)</script>",
                "999.1.1.1"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> ManualBan.of(ip, "reason", 1), String.valueOf(ip));
            assertTrue(refused.getMessage().contains("IPv4 or IPv6"), refused.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ManualBan.of("203.0.113.7", " ", 1));
        assertThrows(IllegalArgumentException.class, () -> ManualBan.of("203.0.113.7", "x".repeat(256), 1));
        assertThrows(IllegalArgumentException.class, () -> ManualBan.of("203.0.113.7", "r", -1));
        assertThrows(IllegalArgumentException.class, () -> ManualBan.of("203.0.113.7", "r", ManualBan.MAX_HOURS + 1));
    }
}
