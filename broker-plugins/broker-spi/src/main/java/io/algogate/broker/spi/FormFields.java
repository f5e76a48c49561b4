package io.algogate.broker.spi;

import java.util.List;

/** A login by a form the dashboard renders, such as client code, PIN and TOTP. */
public record FormFields(List<LoginField> fields) implements LoginMethod {

    public FormFields {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a login form needs at least one field");
        }
    }
}
