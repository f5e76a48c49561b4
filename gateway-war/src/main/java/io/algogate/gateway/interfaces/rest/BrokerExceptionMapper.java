package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.BrokerException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A broker's refusal, with a status that says whose fault it was. */
@Provider
public class BrokerExceptionMapper implements ExceptionMapper<BrokerException> {

    @Override
    public Response toResponse(BrokerException e) {
        int status = switch (e.reason()) {
            case REJECTED -> 400;
            case AUTHENTICATION -> 403;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 502;
            case NOT_SUPPORTED -> 501;
        };
        String message = e.reason() == BrokerException.Reason.AUTHENTICATION
                ? "Broker session expired: log in to your broker again" : e.getMessage();
        return ApiError.of(status, message).toResponse();
    }
}
