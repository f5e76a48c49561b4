package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.IpBan;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BanServiceTest {

    private static final String CLIENT = "203.0.113.7";

    private final SecurityServices services = new SecurityServices();
    private final BanService bans = services.bans;

    @Test
    void aBanLastsTheConfiguredDuration() {
        assertEquals(BanOutcome.BANNED_TEMPORARILY, bans.ban(CLIENT, "testing", IpBan.SOURCE_SYSTEM));
        services.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertTrue(bans.isBanned(CLIENT));
        services.clock.advance(Duration.ofSeconds(1));
        assertFalse(bans.isBanned(CLIENT));
    }

    @Test
    void theThirdBanIsPermanentAndTheFirstTwoExpire() {
        assertEquals(BanOutcome.BANNED_TEMPORARILY, bans.ban(CLIENT, "first", IpBan.SOURCE_SYSTEM));
        services.clock.advance(Duration.ofHours(24));
        assertFalse(bans.isBanned(CLIENT));

        assertEquals(BanOutcome.BANNED_TEMPORARILY, bans.ban(CLIENT, "second", IpBan.SOURCE_SYSTEM));
        assertTrue(bans.isBanned(CLIENT));
        services.clock.advance(Duration.ofHours(24));
        assertFalse(bans.isBanned(CLIENT));

        assertEquals(BanOutcome.BANNED_PERMANENTLY, bans.ban(CLIENT, "third", IpBan.SOURCE_SYSTEM));
        services.clock.advance(Duration.ofDays(3650));
        assertTrue(bans.isBanned(CLIENT));

        BanView view = bans.bans().get(0);
        assertEquals(3, view.banCount());
        assertTrue(view.permanent());
        assertNull(view.expiresAt());
        assertEquals("third", view.reason());
    }

    @Test
    void bansAndUnbansGoToTheAuditTrail() {
        bans.ban(CLIENT, "too many 404s", IpBan.SOURCE_SYSTEM);
        assertTrue(bans.unban(CLIENT));
        assertFalse(bans.unban(CLIENT), "nothing to lift");

        assertEquals(2, services.audited.size(), services.audited.toString());
        assertTrue(services.audited.get(0).startsWith("IP_BANNED " + CLIENT + " " + IpBan.SOURCE_SYSTEM),
                services.audited.get(0));
        assertTrue(services.audited.get(0).contains("too many 404s"), services.audited.get(0));
        assertTrue(services.audited.get(1).startsWith("IP_UNBANNED " + CLIENT), services.audited.get(1));
    }

    @Test
    void theRepeatOffenderLimitIsConfigurable() {
        BanService strict = new SecurityServices(Map.of(BanService.REPEAT_OFFENDER_LIMIT, "2")).bans;
        assertEquals(BanOutcome.BANNED_TEMPORARILY, strict.ban(CLIENT, "first", IpBan.SOURCE_SYSTEM));
        assertEquals(BanOutcome.BANNED_PERMANENTLY, strict.ban(CLIENT, "second", IpBan.SOURCE_SYSTEM));
    }

    @Test
    void aManualBanCanBePermanentOrLastAGivenDuration() {
        assertEquals(BanOutcome.BANNED_PERMANENTLY, bans.ban(CLIENT, "by hand", IpBan.SOURCE_MANUAL, null));
        assertEquals(BanOutcome.BANNED_TEMPORARILY,
                bans.ban("198.51.100.1", "an hour", IpBan.SOURCE_MANUAL, Duration.ofHours(1)));
        services.clock.advance(Duration.ofHours(1));
        assertTrue(bans.isBanned(CLIENT));
        assertFalse(bans.isBanned("198.51.100.1"));
    }

    @Test
    void unbanTakesEffectAtOnceDespiteTheCacheAndKeepsTheCount() {
        bans.ban(CLIENT, "testing", IpBan.SOURCE_MANUAL, null);
        assertTrue(bans.isBanned(CLIENT));

        assertTrue(bans.unban(CLIENT));
        assertFalse(bans.isBanned(CLIENT));
        assertFalse(bans.unban(CLIENT));

        BanView lifted = bans.bans().get(0);
        assertFalse(lifted.active());
        assertEquals(1, lifted.banCount());
        assertEquals(BanOutcome.BANNED_TEMPORARILY, bans.ban(CLIENT, "again", IpBan.SOURCE_SYSTEM));
        assertEquals(2, bans.bans().get(0).banCount());
    }

    @Test
    void theCacheDoesNotServeAStaleNotBannedAfterABan() {
        assertFalse(bans.isBanned(CLIENT));
        assertFalse(bans.isBanned(CLIENT));
        assertEquals(1, services.banRows.reads.get(), "the second answer comes from the cache");

        bans.ban(CLIENT, "testing", IpBan.SOURCE_SYSTEM);
        assertTrue(bans.isBanned(CLIENT));
    }

    @Test
    void loopbackAndConfiguredAddressesAreNeverBanned() {
        BanService service = new SecurityServices(
                Map.of(ConfiguredNeverBanPolicy.NEVER_BAN, "172.17.0.1, 10.8.0.0/16, 2001:db8::/32")).bans;
        for (String protectedKey : List.of("127.0.0.1", "127.4.5.6", "::1", "0:0:0:0:0:0:0:1", "localhost",
                "::ffff:127.0.0.1", "172.17.0.1", "10.8.200.3", "2001:db8:1:2::/64")) {
            assertEquals(BanOutcome.NOT_ALLOWED, service.ban(protectedKey, "testing", IpBan.SOURCE_MANUAL, null),
                    protectedKey);
            assertFalse(service.isBanned(protectedKey), protectedKey);
        }
        assertTrue(service.bans().isEmpty(), "nothing is written for a protected client");
        assertEquals(BanOutcome.BANNED_PERMANENTLY, service.ban("10.9.0.1", "testing", IpBan.SOURCE_MANUAL, null));
    }

    @Test
    void refusesUnknownSourcesAndUnusableKeys() {
        assertThrows(IllegalArgumentException.class, () -> bans.ban(CLIENT, "r", "somebody"));
        assertThrows(IllegalArgumentException.class, () -> bans.ban(" ", "r", IpBan.SOURCE_SYSTEM));
        assertThrows(IllegalArgumentException.class, () -> bans.ban("x".repeat(65), "r", IpBan.SOURCE_SYSTEM));
        assertThrows(IllegalArgumentException.class,
                () -> bans.ban(CLIENT, "r", IpBan.SOURCE_MANUAL, Duration.ZERO));
    }

    @Test
    void longReasonsAreCutToTheColumn() {
        bans.ban(CLIENT, "r".repeat(1_000), IpBan.SOURCE_SYSTEM);
        assertEquals(IpBan.MAX_REASON_LENGTH, bans.bans().get(0).reason().length());
    }

    @Test
    void concurrentBansOfOneClientEachCount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<BanOutcome>> outcomes = pool.invokeAll(java.util.Collections.nCopies(8,
                    () -> bans.ban(CLIENT, "race", IpBan.SOURCE_SYSTEM)));
            for (Future<BanOutcome> outcome : outcomes) {
                assertTrue(outcome.get().banned());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, bans.bans().get(0).banCount());
    }

    @Test
    void badSettingsFailNamingTheKey() {
        for (Map<String, String> bad : List.of(Map.of(BanService.BAN_DURATION, "24h"),
                Map.of(BanService.BAN_DURATION, "PT0S"), Map.of(BanService.BAN_DURATION, "-PT1H"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SecurityServices(bad));
            assertTrue(e.getMessage().contains(BanService.BAN_DURATION), e.getMessage());
        }
        for (String value : List.of("three", "0", "101")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new SecurityServices(Map.of(BanService.REPEAT_OFFENDER_LIMIT, value)));
            assertTrue(e.getMessage().contains(BanService.REPEAT_OFFENDER_LIMIT), e.getMessage());
        }
    }
}
