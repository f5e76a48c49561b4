package io.algogate.gateway.domain;

/** A record kept per client, keyed by the client's address key (see the security filters' IpAddresses). */
public interface ClientKeyed {

    /** The longest client key stored: an IPv6 /64 key with its suffix fits with room to spare. */
    int MAX_CLIENT_KEY_LENGTH = 64;

    String getClientKey();
}
