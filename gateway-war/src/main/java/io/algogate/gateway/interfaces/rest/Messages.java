package io.algogate.gateway.interfaces.rest;

/** Validation messages as marshmallow words them, which OpenAlgo's clients already show their users. */
final class Messages {

    static final String POSITIVE = "Must be greater than 0.";
    static final String NOT_NEGATIVE = "Must be greater than or equal to 0.";

    private Messages() {
    }
}
