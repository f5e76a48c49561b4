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
        int status = statusOf(e.reason());
        String message = e.reason() == BrokerException.Reason.AUTHENTICATION
                ? "Broker session expired: log in to your broker again" : e.getMessage();
        return ApiError.of(status, message).toResponse();
    }

    /** The HTTP status of a refusal, for the API and the dashboard's pages alike. */
    public static int statusOf(BrokerException.Reason reason) {
        return switch (reason) {
            case REJECTED -> 400;
            case AUTHENTICATION -> 403;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 502;
            case NOT_SUPPORTED -> 501;
        };
    }
}
