package io.algogate.security.filters;

/** Port: what a presented API key is worth. Implementations cache, so repeated keys cost no Argon2. */
@FunctionalInterface
public interface ApiKeyVerifier {

    /** The verdict on a key. */
    record Verdict(Status status, long userId) {

        /** The kinds of verdict. */
        public enum Status {
            /** The key is valid and its user's broker session is live. */
            VALID,
            /** No such key. */
            INVALID,
            /** The key is valid but its user's broker session expired or was revoked. */
            BROKER_SESSION_EXPIRED,
            /**
             * The key could not be checked now: every verification slot is taken (a burst of key
             * guesses or logins). The client should retry; the key is neither accepted nor refused.
             */
            BUSY
        }

        public static Verdict invalid() {
            return new Verdict(Status.INVALID, 0);
        }

        public static Verdict busy() {
            return new Verdict(Status.BUSY, 0);
        }
    }

    Verdict verify(String apiKey);
}
