package io.algogate.broker.spi;

/**
 * Described by a plugin: how its broker login works. Sealed so the dashboard can handle every kind;
 * a new kind is a new SPI version.
 */
public sealed interface LoginMethod permits OAuthRedirect, FormFields {
}
