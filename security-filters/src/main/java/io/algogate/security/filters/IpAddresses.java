package io.algogate.security.filters;

/**
 * PLACEHOLDER, being written: address parsing, normalisation (IPv4-mapped IPv6), CIDR matching and
 * the client key (IPv6 grouped by /64).
 */
public final class IpAddresses {

    private IpAddresses() {
    }

    /** The key a client is counted, limited and banned by. */
    public static String clientKey(String address) {
        return address;
    }
}
