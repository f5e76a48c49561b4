package io.algogate.security.filters;

/** Port: ends a user's broker session (the daily expiry, a logout everywhere). */
@FunctionalInterface
public interface SessionRevoker {

    void revokeBrokerSession(long userId);
}
