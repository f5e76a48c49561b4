package io.algogate.gateway.support;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** One Bean Validation validator for the schema tests, built once per test JVM, as the container builds one. */
public final class SharedValidator {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private SharedValidator() {
    }

    public static Validator get() {
        return VALIDATOR;
    }
}
