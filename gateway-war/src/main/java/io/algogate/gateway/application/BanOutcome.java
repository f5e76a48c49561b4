package io.algogate.gateway.application;

/** What a call to ban did. */
public enum BanOutcome {
    /** Banned until the duration runs out. */
    BANNED_TEMPORARILY,
    /** Banned until lifted by hand: asked for, or the repeat-offender limit was reached. */
    BANNED_PERMANENTLY,
    /** The client is protected by the never-ban policy; nothing was written. */
    NOT_ALLOWED;

    public boolean banned() {
        return this != NOT_ALLOWED;
    }
}
