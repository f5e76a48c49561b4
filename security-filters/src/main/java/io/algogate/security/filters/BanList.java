package io.algogate.security.filters;

/** Port: whether a client (its address key, see {@link IpAddresses#clientKey}) is banned right now. */
@FunctionalInterface
public interface BanList {

    boolean isBanned(String clientKey);
}
