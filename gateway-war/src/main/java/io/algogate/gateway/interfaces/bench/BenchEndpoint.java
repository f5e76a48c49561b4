package io.algogate.gateway.interfaces.bench;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.OrderAck;
import io.algogate.gateway.application.ApiKeyService;
import io.algogate.gateway.application.OrderLogRecorder;
import io.algogate.gateway.application.OrderService;
import io.algogate.gateway.interfaces.rest.ApiError;
import io.algogate.gateway.interfaces.rest.PlaceOrderSchema;
import io.algogate.security.filters.ApiKeyVerifier.Verdict;
import io.algogate.security.filters.IpAddresses;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.TrafficRecord;
import io.algogate.security.filters.TrafficRecorder;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /__bench/placeorder}: the bench profile's bare twin of {@code /api/v1/placeorder}. It
 * parses the same JSON ({@link PlaceOrderSchema}), calls the same {@link OrderService#placeOrder} with
 * durability on and records the order log entry the same way ({@link OrderLogRecorder}, endpoint
 * {@code __bench/placeorder}) and its traffic log record ({@link TrafficRecorder}), but none of the
 * security filters run.
 * <p>
 * It is a filter, registered ahead of the security chain on {@code /__bench/*} only in the bench
 * profile ({@code GatewayInitializer}), that answers and never passes the request on: so the chain,
 * which is mapped to every path, is skipped for exactly this path and only in that profile. The key
 * is still checked, by the same cached verifier the API key filter uses (a map look-up once the key
 * is known), because the order needs its user. Loopback peers only, as the test control endpoint.
 */
public class BenchEndpoint implements Filter {

    public static final String PATH = "/__bench";

    @Inject
    ApiKeyService apiKeys;

    @Inject
    OrderService orders;

    @Inject
    Validator validator;

    @Inject
    OrderLogRecorder orderLog;

    @Inject
    TrafficRecorder traffic;

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!IpAddresses.isLoopback(request.getRemoteAddr())
                || !(PATH + "/placeorder").equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        long started = System.nanoTime();
        byte[] bytes = request.getInputStream().readAllBytes();
        String body = new String(bytes, StandardCharsets.UTF_8);
        Long userId = null;
        int status;
        String answer;
        try {
            Verdict verdict = apiKeys.verify(apiKey(body));
            if (verdict.status() != Verdict.Status.VALID) {
                write(response, 403, error(ApiError.INVALID_API_KEY));
                recordTraffic(request, 403, null, started);
                return;
            }
            userId = verdict.userId();
            OrderAck ack = orders.placeOrder(userId, PlaceOrderSchema.orderRequest(body, validator));
            status = 200;
            answer = Jsonp.PROVIDER.createObjectBuilder().add("status", "success").add("orderid", ack.orderId()).build().toString();
        } catch (ApiError | BrokerException e) {
            status = 400;
            answer = error(e.getMessage());
        } catch (JsonException | ClassCastException e) {
            status = 400;
            answer = error("The body must be a JSON object");
        }
        orderLog.record(PATH.substring(1) + "/placeorder", bytes, userId, status, answer);
        write(response, status, answer);
        recordTraffic(request, status, userId, started);
    }

    private void recordTraffic(HttpServletRequest request, int status, Long userId, long started) {
        traffic.record(new TrafficRecord(request.getRemoteAddr(), request.getMethod(), PATH + "/placeorder", status,
                (System.nanoTime() - started) / 1_000_000, userId, null));
    }

    private static String apiKey(String body) {
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(body))) {
            JsonObject json = reader.readObject();
            return json.get("apikey") instanceof JsonString key ? key.getString() : "";
        }
    }

    private static String error(String message) {
        return Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("message", String.valueOf(message)).build()
                .toString();
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
