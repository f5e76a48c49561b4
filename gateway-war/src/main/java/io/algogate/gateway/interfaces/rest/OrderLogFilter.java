package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.domain.OrderLogEntry;
import io.algogate.gateway.domain.OrderLogRepository;
import io.algogate.gateway.domain.TradingMode;
import io.algogate.security.filters.RequestContext;
import io.algogate.security.filters.RequestLimitsFilter;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every order request and its answer in the order log, refusals included (they run through
 * the exception mappers first, so the logged response is what the client got). The request is logged
 * without {@code apikey}; a body that is not a JSON object is logged as a placeholder, since it could
 * be anything, a key included. Logging never fails the order: a failed write is only reported.
 *
 * <p>An order route outside {@code /api/v1} (the strategy webhook, whose path holds its credential)
 * names itself with {@link #ENDPOINT_ATTRIBUTE} and hands over what to log with
 * {@link #REQUEST_ATTRIBUTE}; until it does, it is not logged (a webhook whose id names no strategy
 * placed nothing for anyone).
 */
@Provider
@OrderLogged
public class OrderLogFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(OrderLogFilter.class.getName());
    static final String UNREADABLE_BODY = "{\"unreadable\":true}";
    /** The endpoint an order route outside the API is logged under, e.g. {@code strategy/webhook}. */
    static final String ENDPOINT_ATTRIBUTE = "algogate.orderlog.endpoint";
    /** The request text such a route logs (a JSON object without secrets), instead of the API's buffered body. */
    static final String REQUEST_ATTRIBUTE = "algogate.orderlog.request";

    @Context
    HttpServletRequest servletRequest;

    @Inject
    OrderLogRepository orderLog;

    @Inject
    AnalyzerService analyzer;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String namedEndpoint = servletRequest.getAttribute(ENDPOINT_ATTRIBUTE) instanceof String named ? named : null;
        if (namedEndpoint == null && !(servletRequest.getAttribute(RequestLimitsFilter.BODY_ATTRIBUTE) instanceof byte[])) {
            return;
        }
        try {
            JsonObject body = requestWithoutKey();
            String strategy = body != null && body.get("strategy") instanceof JsonString text ? text.getString() : null;
            Long userId = servletRequest.getAttribute(RequestContext.API_USER_ATTRIBUTE) instanceof Long id ? id : null;
            String endpoint = namedEndpoint != null ? namedEndpoint
                    : request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
            Object entity = response.getEntity();
            String answer = entity instanceof JsonValue json ? json.toString() : String.valueOf(entity);
            orderLog.record(new OrderLogEntry(clock.instant(), endpoint, truncate(strategy, 256), userId,
                    analyzer.analyzeMode() ? TradingMode.ANALYZE : TradingMode.LIVE,
                    body == null ? UNREADABLE_BODY : body.toString(), response.getStatus(), answer));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An order request could not be written to the order log: {0}", e.toString());
        }
    }

    private JsonObject requestWithoutKey() {
        String text;
        if (servletRequest.getAttribute(REQUEST_ATTRIBUTE) instanceof String named) {
            text = named;
        } else if (servletRequest.getAttribute(RequestLimitsFilter.BODY_ATTRIBUTE) instanceof byte[] bytes) {
            text = new String(bytes, StandardCharsets.UTF_8);
        } else {
            text = "";
        }
        if (text.isEmpty()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return null;
            }
            return Json.createObjectBuilder(value.asJsonObject()).remove("apikey").build();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
