package io.algogate.broker.sandbox;

import static java.nio.charset.StandardCharsets.US_ASCII;

import io.algogate.broker.spi.DurableStore;
import io.algogate.broker.spi.Order;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The sandbox's book in the host's {@link DurableStore} (D9), so it survives a restart of the gateway.
 *
 * <p>Keys: {@code orders/<orderId>} holds one order in {@link SandboxOrderCodec}'s format;
 * {@code sequence/<yyMMdd>} holds the last sequence number handed out on that trading day, in ASCII
 * digits. An order id is the day and its sequence number ({@code yyMMdd}, then eight digits, more only
 * past 99,999,999 orders a day), so ids never repeat, across restarts too, and key order is the order
 * orders were placed in.
 *
 * <p>Each method is one or two store calls. A caller that reads and then writes does both inside
 * {@link #inTransaction}: the store runs transactions one at a time and keeps all of one or none.
 */
final class SandboxOrderStore {

    private static final String ORDERS = "orders/";
    private static final String SEQUENCES = "sequence/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    /** The ids {@link #nextOrderId} gives: a day, then a sequence number of up to a long's digits. */
    private static final Pattern ORDER_ID = Pattern.compile("\\d{6}\\d{8,19}");

    private final DurableStore store;

    SandboxOrderStore(DurableStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    <T> T inTransaction(Supplier<T> work) {
        return store.inTransaction(work);
    }

    /**
     * A new id for an order placed on the trading day: read-modify-write of the day's sequence, so call
     * it inside a transaction.
     */
    String nextOrderId(LocalDate tradingDay) {
        String day = tradingDay.format(DAY);
        String key = SEQUENCES + day;
        long next = store.get(key).map(digits -> Long.parseLong(new String(digits, US_ASCII))).orElse(0L) + 1;
        store.put(key, Long.toString(next).getBytes(US_ASCII));
        return day + String.format("%08d", next);
    }

    /** Stores the order under its id, replacing the one stored before. */
    void save(Order order) {
        store.put(ORDERS + order.orderId(), SandboxOrderCodec.encode(order));
    }

    /**
     * The order with this id. A string that is no sandbox id (an API client may send anything) is
     * answered without asking the store, which refuses over-long keys.
     */
    Optional<Order> find(String orderId) {
        if (!ORDER_ID.matcher(orderId).matches()) {
            return Optional.empty();
        }
        return read(ORDERS + orderId);
    }

    /** Every order, oldest first; read it inside a transaction to see one consistent book. */
    List<Order> all() {
        return store.keys(ORDERS).stream().map(this::read).flatMap(Optional::stream).toList();
    }

    private Optional<Order> read(String key) {
        return store.get(key).map(stored -> {
            try {
                return SandboxOrderCodec.decode(stored);
            } catch (RuntimeException unreadable) {
                throw new IllegalStateException("The sandbox cannot read its stored order " + key + ": "
                        + unreadable.getMessage(), unreadable);
            }
        });
    }
}
