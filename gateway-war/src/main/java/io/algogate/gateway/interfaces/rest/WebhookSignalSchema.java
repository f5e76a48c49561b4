package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Action;
import jakarta.validation.Validator;
import java.util.List;

/**
 * A strategy webhook's body (OpenAlgo's {@code /strategy/webhook/<id>}): {@code symbol}, {@code action}
 * and, in BOTH mode, {@code position_size}, a whole number. Other fields are ignored rather than
 * refused, as OpenAlgo ignores them: alert templates often carry extra fields.
 */
record WebhookSignalSchema(String symbol, Action action, Integer positionSize) {

    static final List<String> FIELDS = List.of("symbol", "action", "position_size");

    static WebhookSignalSchema parse(String body, Validator validator, boolean positionSizeRequired) {
        JsonRequest json = JsonRequest.parse(body).declare(FIELDS);
        String symbol = json.string("symbol", true, 100).orElse(null);
        Action action = json.action("action", true).orElse(null);
        Integer positionSize = json.integer("position_size", positionSizeRequired).orElse(null);
        return json.validated(validator, new WebhookSignalSchema(symbol, action, positionSize));
    }
}
