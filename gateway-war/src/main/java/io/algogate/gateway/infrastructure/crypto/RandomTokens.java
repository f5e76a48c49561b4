package io.algogate.gateway.infrastructure.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable, URL-safe tokens (reset links, CSRF and login states, generated secrets). */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** {@code bytes} bytes from a CSPRNG, base64url without padding. */
    public static String urlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
