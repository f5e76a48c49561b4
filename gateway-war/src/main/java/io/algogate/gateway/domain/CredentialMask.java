package io.algogate.gateway.domain;

/**
 * How a credential is shown back to its owner (OpenAlgo's {@code mask_api_credential}): the first 4
 * characters then exactly 8 {@code *}, whatever the length, so the mask hides the true length too.
 * A value of 4 characters or fewer would be shown whole, so it becomes {@code ********}.
 */
public final class CredentialMask {

    static final int VISIBLE_PREFIX = 4;
    static final String STARS = "********";

    private CredentialMask() {
    }

    public static String mask(String credential) {
        // Characters as Python counts them (code points), so an emoji is never cut in half.
        if (credential == null || credential.codePointCount(0, credential.length()) <= VISIBLE_PREFIX) {
            return STARS;
        }
        return credential.substring(0, credential.offsetByCodePoints(0, VISIBLE_PREFIX)) + STARS;
    }
}
