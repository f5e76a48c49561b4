package io.algogate.gateway.application;

import io.algogate.gateway.domain.IpBan;
import io.algogate.security.filters.IpAddresses;
import java.time.Duration;

/**
 * A ban the admin asked for, checked: the client key of an IPv4 or IPv6 address (an IPv6 address bans
 * its /64, as the filters count it), a reason of 1-255 characters and a length in hours: null for the
 * configured ban duration, 0 for permanent. The admin API and the security page both read bans so.
 */
public record ManualBan(String clientKey, String reason, Integer hours) {

    public static final int MAX_HOURS = 8_760;
    public static final int MAX_REASON_LENGTH = 255;

    /** The ban, or an {@link IllegalArgumentException} whose message says what is wrong, fit to show. */
    public static ManualBan of(String ip, String reason, Integer hours) {
        String clientKey = IpAddresses.normalise(ip == null ? "" : ip.strip()).map(IpAddresses::clientKey).orElse(null);
        if (clientKey == null) {
            throw new IllegalArgumentException("The IP must be an IPv4 or IPv6 address.");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("The reason must be 1-" + MAX_REASON_LENGTH + " characters.");
        }
        if (hours != null && (hours < 0 || hours > MAX_HOURS)) {
            throw new IllegalArgumentException("The hours must be a whole number from 0 (permanent) to " + MAX_HOURS + ".");
        }
        return new ManualBan(clientKey, text, hours);
    }

    /** Applies the ban; {@link BanOutcome#NOT_ALLOWED} for an address on the never-ban list. */
    public BanOutcome applyTo(BanService bans) {
        if (hours == null) {
            return bans.ban(clientKey, reason, IpBan.SOURCE_MANUAL);
        }
        return bans.ban(clientKey, reason, IpBan.SOURCE_MANUAL, hours == 0 ? null : Duration.ofHours(hours));
    }
}
