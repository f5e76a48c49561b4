package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.InvalidKeyTrack;
import io.algogate.gateway.domain.IpBan;
import io.algogate.gateway.infrastructure.crypto.Digests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidKeyTrackingServiceTest {

    private static final String GUESSER = "2001:db8:aa:bb::/64";

    private final SecurityServices services = new SecurityServices();
    private final InvalidKeyTrackingService invalidKeys = services.invalidKeys;

    @Test
    void theTenthInvalidKeyBans() {
        for (int i = 1; i <= 9; i++) {
            invalidKeys.recordInvalidKey(GUESSER, Digests.sha256Hex("guess-" + i).substring(0, 16));
            assertFalse(services.bans.isBanned(GUESSER), "after invalid key number " + i);
        }
        invalidKeys.recordInvalidKey(GUESSER, Digests.sha256Hex("guess-10").substring(0, 16));
        assertTrue(services.bans.isBanned(GUESSER));

        BanView ban = services.bans.bans().get(0);
        assertEquals(IpBan.SOURCE_API_KEY_DETECTOR, ban.source());
        assertEquals("Exceeded invalid API key threshold: 10 attempts in 24 hours", ban.reason());
        assertEquals(0, invalidKeys.trackers().get(0).hitsInWindow());
    }

    @Test
    void onlySixteenCharacterPrefixesAreStored() {
        String wholeDigest = Digests.sha256Hex("a-key-passed-whole-by-mistake");
        invalidKeys.recordInvalidKey(GUESSER, wholeDigest);
        invalidKeys.recordInvalidKey(GUESSER, "0123456789ABCDEF");
        invalidKeys.recordInvalidKey(GUESSER, "not hex at all, and long");
        invalidKeys.recordInvalidKey(GUESSER, null);

        InvalidKeyTrack stored = services.invalidKeyRows.findByClientKey(GUESSER).orElseThrow();
        assertEquals(List.of(wholeDigest.substring(0, 16), "0123456789abcdef"), stored.getKeyPrefixes());
        assertTrue(stored.getKeyPrefixes().stream().allMatch(prefix -> prefix.length() <= 16));
        assertEquals(4, stored.getHitTimes().size(), "every invalid key counts, stored prefix or not");
    }

    @Test
    void keepsTheLastTwentyDistinctPrefixes() {
        InvalidKeyTrackingService tracking = new SecurityServices(
                Map.of(InvalidKeyTrackingService.THRESHOLD, "100")).invalidKeys;
        for (int i = 0; i < 25; i++) {
            tracking.recordInvalidKey(GUESSER, Digests.sha256Hex("k" + i));
            tracking.recordInvalidKey(GUESSER, Digests.sha256Hex("k" + i));
        }
        List<String> prefixes = tracking.trackers().get(0).lastTried();
        assertEquals(InvalidKeyTrack.MAX_PREFIXES, prefixes.size());
        assertEquals(Digests.sha256Hex("k24").substring(0, 16), prefixes.get(prefixes.size() - 1));
    }

    @Test
    void loopbackIsNeverBanned() {
        for (int i = 0; i < 30; i++) {
            invalidKeys.recordInvalidKey("127.0.0.1", Digests.sha256Hex("k" + i));
        }
        assertFalse(services.bans.isBanned("127.0.0.1"));
    }

    @Test
    void aBadThresholdFailsNamingTheKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SecurityServices(Map.of(InvalidKeyTrackingService.THRESHOLD, "-1")));
        assertTrue(e.getMessage().contains(InvalidKeyTrackingService.THRESHOLD), e.getMessage());
    }
}
