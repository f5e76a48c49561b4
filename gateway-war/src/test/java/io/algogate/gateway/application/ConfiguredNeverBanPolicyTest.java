package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredNeverBanPolicyTest {

    private static NeverBanPolicy policy(String neverBan) {
        return new SecurityServices(Map.of(ConfiguredNeverBanPolicy.NEVER_BAN, neverBan)).neverBan;
    }

    @Test
    void protectsLoopbackWhateverIsConfigured() {
        NeverBanPolicy policy = new SecurityServices().neverBan;
        for (String key : List.of("127.0.0.1", "127.255.255.254", "::1", "0:0:0:0:0:0:0:1", "localhost",
                "LOCALHOST", "::ffff:127.0.0.1")) {
            assertTrue(policy.protects(key), key);
        }
        for (String key : List.of("128.0.0.1", "::2", "203.0.113.1", "2001:db8::1", "", "example.com")) {
            assertFalse(policy.protects(key), key);
        }
        assertFalse(policy.protects(null));
    }

    @Test
    void matchesConfiguredAddressesAndNetworks() {
        NeverBanPolicy policy = policy("172.17.0.1, 10.0.0.0/8 ,192.168.1.128/25, 2001:db8:5::/48, fd00::7");
        for (String key : List.of("172.17.0.1", "10.200.1.1", "192.168.1.200", "2001:db8:5:ffff::1", "fd00::7",
                "FD00:0:0:0:0:0:0:7", "::ffff:10.1.1.1", "2001:db8:5:1::/64")) {
            assertTrue(policy.protects(key), key);
        }
        for (String key : List.of("172.17.0.2", "11.0.0.1", "192.168.1.127", "2001:db8:6::1", "fd00::8")) {
            assertFalse(policy.protects(key), key);
        }
    }

    @Test
    void hostnamesAreNeverResolved() {
        assertFalse(policy("10.0.0.0/8").protects("localhost.example.invalid"));
        assertFalse(policy("10.0.0.0/8").protects("999.1.1.1"));
    }

    @Test
    void aBadEntryFailsNamingTheKey() {
        for (String bad : List.of("gateway.example.com", "10.0.0.0/33", "::1/129", "300.1.1.1", "10.0.0.0/x")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> policy(bad), bad);
            assertTrue(e.getMessage().contains(ConfiguredNeverBanPolicy.NEVER_BAN), e.getMessage());
        }
    }
}
