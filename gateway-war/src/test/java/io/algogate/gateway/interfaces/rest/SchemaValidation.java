package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * One Bean Validation validator for the schema tests, built once per test JVM: it is thread-safe and
 * costly to build. The factory is closed when the JVM ends, which is all a test run needs.
 */
final class SchemaValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(FACTORY::close));
    }

    private SchemaValidation() {
    }
}
