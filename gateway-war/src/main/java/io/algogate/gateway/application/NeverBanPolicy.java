package io.algogate.gateway.application;

/** Which clients must never be banned (the gateway's own host, the operator's networks). */
@FunctionalInterface
public interface NeverBanPolicy {

    /** True if the client with this key (see the security filters' IpAddresses.clientKey) is protected. */
    boolean protects(String clientKey);
}
