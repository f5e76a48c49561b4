package io.algogate.broker.spi;

import java.util.Objects;

/** A login by redirecting the user to the broker, which calls the gateway back with a code. */
public record OAuthRedirect(String authorizeUrl) implements LoginMethod {

    public OAuthRedirect {
        Objects.requireNonNull(authorizeUrl, "authorizeUrl");
    }
}
