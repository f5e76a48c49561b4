package io.algogate.broker.spi;

import java.util.Objects;

/**
 * One field of a {@link FormFields} login. A secret field is rendered as a password input and its
 * value is never logged or stored by the host.
 */
public record LoginField(String name, String label, boolean secret) {

    public LoginField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }
}
