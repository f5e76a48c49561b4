package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.BrokerException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A broker's refusal, with a status that says whose fault it was. */
@Provider
public class BrokerExceptionMapper implements ExceptionMapper<BrokerException> {

    public static final String EXPIRED_SESSION = "Broker session expired: log in to your broker again";

    @Override
    public Response toResponse(BrokerException e) {
        return ApiError.of(statusOf(e), messageOf(e)).toResponse();
    }

    /** The HTTP status of a broker's refusal, for the API and for the dashboard's order log alike. */
    public static int statusOf(BrokerException e) {
        return statusOf(e.reason());
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

    /** What the client is told; an ended broker session says what to do about it. */
    public static String messageOf(BrokerException e) {
        return e.reason() == BrokerException.Reason.AUTHENTICATION
                ? EXPIRED_SESSION : e.getMessage();
    }
}
