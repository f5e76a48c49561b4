package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Validator;
import java.util.List;

/** OpenAlgo's {@code AnalyzerToggleSchema}: {@code mode}, a required boolean (true is analyze). */
record AnalyzerToggleSchema(Boolean mode) {

    static final List<String> FIELDS = List.of("apikey", "mode");

    static AnalyzerToggleSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        Boolean mode = json.bool("mode", true).orElse(null);
        return json.validated(validator, new AnalyzerToggleSchema(mode));
    }
}
