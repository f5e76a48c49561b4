package io.algogate.broker.kite;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A WireMock extension that answers Kite's order endpoints from an in-memory order book, in the
 * documented shapes (https://kite.trade/docs/connect/v3/orders/ and .../exceptions/). The test kit
 * needs state across calls (a placed order must appear in the book, a cancelled one as cancelled),
 * which fixed stubs cannot give. Orders stay OPEN, as a limit order away from the market would.
 */
final class FakeKiteOrders implements ResponseDefinitionTransformerV2 {

    /** The authorization header every call must carry. */
    private final String expectedAuthorization;
    /** The order_timestamp of every order: the kit's clock, in India's local time as Kite writes it. */
    private final String orderTimestamp;
    private final AtomicLong sequence = new AtomicLong(250_000_000_000_000L);
    private final Map<Long, JsonObject> orders = new ConcurrentSkipListMap<>();

    FakeKiteOrders(String expectedAuthorization, String orderTimestamp) {
        this.expectedAuthorization = expectedAuthorization;
        this.orderTimestamp = orderTimestamp;
    }

    @Override
    public String getName() {
        return "fake-kite-orders";
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        if (!expectedAuthorization.equals(request.getHeader("Authorization"))) {
            return error(403, "TokenException", "Incorrect `api_key` or `access_token`.");
        }
        String method = request.getMethod().getName();
        String path = request.getUrl();
        if (method.equals("GET") && path.equals("/orders")) {
            return book();
        }
        if (method.equals("POST") && path.equals("/orders/regular")) {
            return place(form(request.getBodyAsString()));
        }
        if (path.startsWith("/orders/regular/")) {
            String id = path.substring("/orders/regular/".length());
            if (method.equals("PUT")) {
                return modify(id, form(request.getBodyAsString()));
            }
            if (method.equals("DELETE")) {
                return cancel(id);
            }
        }
        return error(404, "GeneralException", "Route not found");
    }

    private ResponseDefinition place(Map<String, String> form) {
        String symbol = form.getOrDefault("tradingsymbol", "");
        if (!symbol.matches("[A-Z0-9]+")) {
            return error(400, "InputException", "Invalid `tradingsymbol`.");
        }
        long id = sequence.incrementAndGet();
        JsonObject order = Json.createObjectBuilder()
                .add("order_id", Long.toString(id))
                .add("status", "OPEN")
                .add("order_timestamp", orderTimestamp)
                .add("variety", "regular")
                .add("exchange", form.get("exchange"))
                .add("tradingsymbol", symbol)
                .add("transaction_type", form.get("transaction_type"))
                .add("order_type", form.get("order_type"))
                .add("product", form.get("product"))
                .add("validity", form.get("validity"))
                .add("quantity", new BigDecimal(form.get("quantity")))
                .add("price", new BigDecimal(form.get("price")))
                .add("trigger_price", new BigDecimal(form.get("trigger_price")))
                .add("tag", form.get("tag"))
                .build();
        orders.put(id, order);
        return orderIdAnswer(Long.toString(id));
    }

    private ResponseDefinition modify(String id, Map<String, String> form) {
        JsonObject open = openOrder(id);
        if (open == null) {
            return error(400, "OrderException", "Order cannot be modified as it is being processed. Try later.");
        }
        JsonObjectBuilder changed = Json.createObjectBuilder(open)
                .add("order_type", form.get("order_type"))
                .add("quantity", new BigDecimal(form.get("quantity")))
                .add("price", new BigDecimal(form.get("price")))
                .add("trigger_price", new BigDecimal(form.get("trigger_price")));
        orders.put(Long.valueOf(id), changed.build());
        return orderIdAnswer(id);
    }

    private ResponseDefinition cancel(String id) {
        JsonObject open = openOrder(id);
        if (open == null) {
            return error(400, "OrderException", "Order cannot be cancelled as it is being processed. Try later.");
        }
        orders.put(Long.valueOf(id), Json.createObjectBuilder(open).add("status", "CANCELLED").build());
        return orderIdAnswer(id);
    }

    private JsonObject openOrder(String id) {
        try {
            JsonObject order = orders.get(Long.valueOf(id));
            return order != null && order.getString("status").equals("OPEN") ? order : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ResponseDefinition book() {
        JsonArrayBuilder data = Json.createArrayBuilder();
        orders.values().forEach(data::add);
        return json(200, Json.createObjectBuilder().add("status", "success").add("data", data).build());
    }

    private static ResponseDefinition orderIdAnswer(String id) {
        return json(200, Json.createObjectBuilder().add("status", "success")
                .add("data", Json.createObjectBuilder().add("order_id", id)).build());
    }

    private static ResponseDefinition error(int status, String errorType, String message) {
        return json(status, Json.createObjectBuilder().add("status", "error").add("message", message)
                .addNull("data").add("error_type", errorType).build());
    }

    private static ResponseDefinition json(int status, JsonObject body) {
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder()
                .withStatus(status).withHeader("Content-Type", "application/json").withBody(body.toString()).build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
