package io.algogate.it.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for tests (D4): each test identity is a fresh address from the documentation
 * ranges, sent as X-Forwarded-For through the trusted loopback proxy, so it has its own rate-limit
 * buckets and its own bans. {@link #NEVER_BANNED} is on the IT server's never-ban list.
 */
public final class Identities {

    /** Configured as never-ban on the IT server (src-it's pom). */
    public static final String NEVER_BANNED = "198.51.100.250";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Identities() {
    }

    public static String next() {
        int n = NEXT.incrementAndGet();
        if (n <= 254) {
            return "203.0.113." + n;
        }
        if (n <= 254 + 249) {
            return "198.51.100." + (n - 254);
        }
        return "2001:db8:" + Integer.toHexString(n) + "::1";
    }
}
