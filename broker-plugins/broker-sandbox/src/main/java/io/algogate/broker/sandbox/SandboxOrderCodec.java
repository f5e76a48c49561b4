package io.algogate.broker.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One order as the sandbox stores it: UTF-8 text, one {@code name=value} line per field, readable in
 * a database console, and no Java serialization, whose format would tie the stored book to the
 * classes of one SPI build.
 *
 * <p>Version 1, the first line {@code version=1}, then: {@code orderId}, {@code strategy} (left out
 * when the order has none), {@code exchange}, {@code symbol}, {@code action}, {@code quantity},
 * {@code priceType}, {@code product}, {@code price}, {@code triggerPrice}, {@code status},
 * {@code placedAt}. Enums are written as their Java constant names, numbers as plain decimals, the
 * instant in ISO-8601. A value's backslashes, line feeds and carriage returns are written as
 * {@code \\}, {@code \n} and {@code \r}, so a strategy name cannot break the one-field-a-line shape.
 *
 * <p>Compatibility: a reader ignores names it does not know, so an optional field can be added
 * without a new version; a change of a field's meaning takes a new version number, which an older
 * sandbox refuses to read rather than misread.
 */
final class SandboxOrderCodec {

    static final int VERSION = 1;

    private static final String VERSION_FIELD = "version";

    private SandboxOrderCodec() {
    }

    static byte[] encode(Order order) {
        StringBuilder text = new StringBuilder(256);
        line(text, VERSION_FIELD, Integer.toString(VERSION));
        line(text, "orderId", order.orderId());
        if (order.strategy() != null) {
            line(text, "strategy", order.strategy());
        }
        line(text, "exchange", order.exchange());
        line(text, "symbol", order.symbol());
        line(text, "action", order.action().name());
        line(text, "quantity", order.quantity().toPlainString());
        line(text, "priceType", order.priceType().name());
        line(text, "product", order.product().name());
        line(text, "price", order.price().toPlainString());
        line(text, "triggerPrice", order.triggerPrice().toPlainString());
        line(text, "status", order.status().name());
        line(text, "placedAt", order.placedAt().toString());
        return text.toString().getBytes(UTF_8);
    }

    /** The order; an {@link IllegalArgumentException} names what is wrong with a value it cannot read. */
    static Order decode(byte[] stored) {
        Map<String, String> fields = fields(new String(stored, UTF_8));
        String version = required(fields, VERSION_FIELD);
        if (!version.equals(Integer.toString(VERSION))) {
            throw new IllegalArgumentException("Stored in version " + version + " of the sandbox order format;"
                    + " this sandbox reads version " + VERSION);
        }
        return new Order(
                required(fields, "orderId"),
                fields.get("strategy"),
                required(fields, "exchange"),
                required(fields, "symbol"),
                Action.valueOf(required(fields, "action")),
                new BigDecimal(required(fields, "quantity")),
                PriceType.valueOf(required(fields, "priceType")),
                Product.valueOf(required(fields, "product")),
                new BigDecimal(required(fields, "price")),
                new BigDecimal(required(fields, "triggerPrice")),
                OrderStatus.valueOf(required(fields, "status")),
                Instant.parse(required(fields, "placedAt")));
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        text.append('\n');
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Not a name=value line: '" + line + "'");
            }
            fields.put(line.substring(0, equals), unescape(line.substring(equals + 1)));
        }
        return fields;
    }

    private static String unescape(String escaped) {
        StringBuilder value = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char next = ++i < escaped.length() ? escaped.charAt(i) : ' ';
            switch (next) {
                case '\\' -> value.append('\\');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                default -> throw new IllegalArgumentException("Unknown escape in '" + escaped + "'");
            }
        }
        return value.toString();
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The field '" + name + "' is missing");
        }
        return value;
    }
}
