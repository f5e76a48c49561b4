package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

    @ParameterizedTest
    @CsvSource({
        "1.2.3.4, 1.2.3.4",
        "' 203.0.113.7 ', 203.0.113.7",
        "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "[2001:db8::1], 2001:db8::1",
        "2001:db8:0:1:0:0:0:1, 2001:db8:0:1::1",
        "1:0:0:2:0:0:0:3, 1:0:0:2::3",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "::, ::",
        "::1, ::1",
        "1::, 1::",
        "::ffff:1.2.3.4, 1.2.3.4",
        "::FFFF:0102:0304, 1.2.3.4",
        "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
    })
    void literalsComeBackInCanonicalForm(String text, String canonical) {
        assertEquals(Optional.of(canonical), IpAddresses.normalise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.com", "gateway.internal", "1.2.3.4:80", "[::1]:80", "[1.2.3.4]",
        "01.2.3.4", "256.1.1.1", "1.2.3", "1.2.3.4.5", "1..3.4", "fe80::1%eth0", "", " ", ":::", "1::2::3",
        "12345::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "::1.2.3", "g::1", "0x7f.0.0.1", "unknown"})
    void anythingButALiteralIsRefusedWithoutALookup(String text) {
        assertEquals(Optional.empty(), IpAddresses.parse(text));
    }

    @Test
    void nullIsNotAnAddress() {
        assertEquals(Optional.empty(), IpAddresses.parse(null));
        assertFalse(IpAddresses.isLoopback(null));
    }

    @Test
    void mappedAddressesBecomeIpv4() {
        assertTrue(IpAddresses.parse("::ffff:10.1.2.3").orElseThrow() instanceof Inet4Address);
    }

    @Test
    void loopbackIsAllOf127AndIpv6One() {
        assertTrue(IpAddresses.isLoopback("127.0.0.1"));
        assertTrue(IpAddresses.isLoopback("127.0.0.2"));
        assertTrue(IpAddresses.isLoopback("::1"));
        assertTrue(IpAddresses.isLoopback("::ffff:127.0.0.1"));
        assertFalse(IpAddresses.isLoopback("localhost"));
        assertFalse(IpAddresses.isLoopback("10.0.0.1"));
        assertFalse(IpAddresses.isLoopback("::2"));
    }

    @Test
    void clientKeyGroupsAnIpv6ClientByItsSlash64() {
        assertEquals("203.0.113.9", IpAddresses.clientKey("203.0.113.9"));
        assertEquals("2001:db8:1:2::/64", IpAddresses.clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2::/64", IpAddresses.clientKey("2001:DB8:1:2::1"));
        assertEquals("1.2.3.4", IpAddresses.clientKey("::ffff:1.2.3.4"));
        assertEquals("not-an-address", IpAddresses.clientKey("not-an-address"));
    }

    @Test
    void ipv4NetworksContainTheirAddressesAndMappedForms() {
        IpAddresses.Cidr tenEight = IpAddresses.Cidr.parse("10.0.0.0/8");
        assertTrue(tenEight.contains("10.255.0.1"));
        assertTrue(tenEight.contains("::ffff:10.1.1.1"));
        assertFalse(tenEight.contains("11.0.0.1"));
        assertFalse(tenEight.contains("::a00:1"));
        assertFalse(tenEight.contains("localhost"));
        IpAddresses.Cidr one = IpAddresses.Cidr.parse("127.0.0.1");
        assertEquals(32, one.prefixLength());
        assertTrue(one.contains("127.0.0.1"));
        assertFalse(one.contains("127.0.0.2"));
        assertTrue(IpAddresses.Cidr.parse("0.0.0.0/0").contains("198.51.100.1"));
    }

    @Test
    void ipv6NetworksContainTheirAddresses() {
        IpAddresses.Cidr documentation = IpAddresses.Cidr.parse("2001:db8::/32");
        assertTrue(documentation.contains("2001:db8:ffff::1"));
        assertFalse(documentation.contains("2001:db9::1"));
        assertFalse(documentation.contains("32.1.13.184"));
        assertEquals(128, IpAddresses.Cidr.parse("::1").prefixLength());
        assertEquals("2001:db8::/32", documentation.toString());
    }

    @Test
    void mappedNetworksMatchIpv4() {
        IpAddresses.Cidr mapped = IpAddresses.Cidr.parse("::ffff:10.0.0.0/104");
        assertEquals("10.0.0.0/8", mapped.toString());
        assertTrue(mapped.contains("10.9.8.7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost/32", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/8/8",
        "2001:db8::/129", "10.0.0.0/x", "10.0.0.1/8"})
    void badNetworksAreRefusedClearly(String text) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> IpAddresses.Cidr.parse(text));
        assertTrue(refused.getMessage().contains("'" + text + "'"), refused.getMessage());
    }

    @Test
    void hostBitsAfterThePrefixSuggestTheNetwork() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> IpAddresses.Cidr.parse("10.0.0.1/8"));
        assertTrue(refused.getMessage().contains("10.0.0.0/8"), refused.getMessage());
    }

    @Test
    void listsIgnoreBlanks() {
        List<IpAddresses.Cidr> list = IpAddresses.parseList(" 127.0.0.1/32, ,2001:db8::/32 ");
        assertEquals(List.of(IpAddresses.Cidr.parse("127.0.0.1/32"), IpAddresses.Cidr.parse("2001:db8::/32")), list);
        assertEquals(List.of(), IpAddresses.parseList(""));
        assertEquals(List.of(), IpAddresses.parseList(null));
    }
}
