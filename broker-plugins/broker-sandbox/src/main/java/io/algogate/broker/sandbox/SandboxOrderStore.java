package io.algogate.broker.sandbox;

import static java.nio.charset.StandardCharsets.US_ASCII;

import io.algogate.broker.spi.DurableStore;
import io.algogate.broker.spi.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The sandbox's whole state in the host's {@link DurableStore} (D9), so it survives a restart.
 *
 * <p>Keys:
 * <ul>
 * <li>{@code orders/<orderId>}: one order, {@link SandboxOrderCodec};</li>
 * <li>{@code open/<orderId>}: present (empty) while the order is open, so catching up reads only the
 * open orders, not the whole day's book;</li>
 * <li>{@code sequence/<yyMMdd>}: the last sequence number handed out on that trading day, ASCII digits;</li>
 * <li>{@code trades/<orderId>}: the order's fill (orders fill whole), {@link SandboxBookCodec};</li>
 * <li>{@code positions/<exchange>/<symbol>/<product>}: one net position, {@link SandboxBookCodec};</li>
 * <li>{@code funds}: the funds ledger, {@link SandboxBookCodec};</li>
 * <li>{@code feed/cursor}: the last feed tick the engine has evaluated, ASCII digits;</li>
 * <li>{@code gtt/<triggerId>}: one active GTT, {@link SandboxGttCodec}; deleted when it fires, expires
 * or is cancelled.</li>
 * </ul>
 * An order id is the day and its sequence number ({@code yyMMdd}, then eight digits, more only past
 * 99,999,999 orders a day), so ids never repeat, across restarts too, and key order is placing order.
 * GTT trigger ids are drawn from the same sequence, so no trigger id is ever also an order id.
 *
 * <p>Each method is one or two store calls. Callers that read and then write do both inside
 * {@link #inTransaction}: the store runs transactions one at a time and keeps all of one or none.
 */
final class SandboxOrderStore {

    private static final String ORDERS = "orders/";
    private static final String OPEN = "open/";
    private static final String SEQUENCES = "sequence/";
    private static final String TRADES = "trades/";
    private static final String POSITIONS = "positions/";
    private static final String FUNDS = "funds";
    private static final String CURSOR = "feed/cursor";
    private static final String GTTS = "gtt/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    /** The ids {@link #nextOrderId} gives: a day, then a sequence number of up to a long's digits. */
    private static final Pattern ORDER_ID = Pattern.compile("\\d{6}\\d{8,19}");

    private final DurableStore store;
    /** The orders this thread's current desk call has saved, for the order-update stream; null when none records. */
    private final ThreadLocal<List<SandboxOrder>> savedByThisCall = new ThreadLocal<>();

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
        long next = readLong(key).orElse(0L) + 1;
        store.put(key, Long.toString(next).getBytes(US_ASCII));
        return day + String.format("%08d", next);
    }

    /**
     * Runs the work while noting every order it saves into {@code saved}, so the caller can report the
     * changes once the work's transaction has committed (never from inside it: it may still roll back).
     */
    <T> T recordingSaves(List<SandboxOrder> saved, Supplier<T> work) {
        List<SandboxOrder> outer = savedByThisCall.get();
        savedByThisCall.set(saved);
        try {
            return work.get();
        } finally {
            savedByThisCall.set(outer);
        }
    }

    /** Stores the order under its id, replacing the one stored before, and keeps the open index. */
    void save(SandboxOrder order) {
        List<SandboxOrder> recording = savedByThisCall.get();
        if (recording != null) {
            recording.add(order);
        }
        store.put(ORDERS + order.id(), SandboxOrderCodec.encode(order));
        if (order.isOpen()) {
            store.put(OPEN + order.id(), new byte[0]);
        } else {
            store.delete(OPEN + order.id());
        }
    }

    /**
     * The order with this id. A string that is no sandbox id (an API client may send anything) is
     * answered without asking the store, which refuses over-long keys.
     */
    Optional<SandboxOrder> find(String orderId) {
        return readById(ORDERS, orderId, SandboxOrderCodec::decode);
    }

    /** Every order, oldest first; read it inside a transaction to see one consistent book. */
    List<SandboxOrder> all() {
        return readAll(ORDERS, SandboxOrderCodec::decode);
    }

    /** The open orders, oldest first. */
    List<SandboxOrder> open() {
        return store.keys(OPEN).stream().map(key -> find(key.substring(OPEN.length())))
                .flatMap(Optional::stream).toList();
    }

    void saveTrade(Trade trade) {
        store.put(TRADES + trade.orderId(), SandboxBookCodec.encode(trade));
    }

    /** Every trade, oldest first (by time, then order id). */
    List<Trade> trades() {
        return store.keys(TRADES).stream().map(key -> read(key, SandboxBookCodec::decodeTrade))
                .flatMap(Optional::stream).sorted(Comparator.comparing(Trade::tradedAt)).toList();
    }

    Optional<SandboxPosition> position(String exchange, String symbol, io.algogate.broker.spi.Product product) {
        return read(positionKey(exchange, symbol, product), SandboxBookCodec::decodePosition);
    }

    void savePosition(SandboxPosition position) {
        store.put(positionKey(position.exchange(), position.symbol(), position.product()),
                SandboxBookCodec.encode(position));
    }

    List<SandboxPosition> positions() {
        return store.keys(POSITIONS).stream().map(key -> read(key, SandboxBookCodec::decodePosition))
                .flatMap(Optional::stream).toList();
    }

    /** The ledger, opened with the starting capital on first use. */
    FundsLedger funds(BigDecimal startingCapital) {
        return read(FUNDS, SandboxBookCodec::decodeFunds).orElseGet(() -> FundsLedger.opening(startingCapital));
    }

    void saveFunds(FundsLedger funds) {
        if (!funds.invariantHolds()) {
            // Refusing the write rolls the whole event back: a broken ledger must never be committed.
            throw new IllegalStateException("The sandbox funds ledger would break its invariant: " + funds);
        }
        store.put(FUNDS, SandboxBookCodec.encode(funds));
    }

    /** Stores the GTT under its trigger id, replacing the one stored before. */
    void saveGtt(SandboxGtt gtt) {
        store.put(GTTS + gtt.triggerId(), SandboxGttCodec.encode(gtt));
    }

    /** The active GTT with this id; like {@link #find}, a string that is no sandbox id is not looked up. */
    Optional<SandboxGtt> findGtt(String triggerId) {
        return readById(GTTS, triggerId, SandboxGttCodec::decode);
    }

    /** The active GTTs, oldest first. */
    List<SandboxGtt> gtts() {
        return readAll(GTTS, SandboxGttCodec::decode);
    }

    void deleteGtt(String triggerId) {
        store.delete(GTTS + triggerId);
    }

    Optional<Long> cursor() {
        return readLong(CURSOR);
    }

    void saveCursor(long tick) {
        if (cursor().filter(stored -> stored == tick).isEmpty()) {
            store.put(CURSOR, Long.toString(tick).getBytes(US_ASCII));
        }
    }

    private static String positionKey(String exchange, String symbol, io.algogate.broker.spi.Product product) {
        return POSITIONS + exchange + '/' + symbol + '/' + product.name();
    }

    private Optional<Long> readLong(String key) {
        return store.get(key).map(digits -> Long.parseLong(new String(digits, US_ASCII)));
    }

    /** The record under the prefix and id; an id not of the sandbox's form is not looked up at all. */
    private <T> Optional<T> readById(String prefix, String id, Function<byte[], T> decoder) {
        if (!ORDER_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return read(prefix + id, decoder);
    }

    /** Every record under the prefix, in key order. */
    private <T> List<T> readAll(String prefix, Function<byte[], T> decoder) {
        return store.keys(prefix).stream().map(key -> read(key, decoder)).flatMap(Optional::stream).toList();
    }

    private <T> Optional<T> read(String key, Function<byte[], T> decoder) {
        return store.get(key).map(stored -> {
            try {
                return decoder.apply(stored);
            } catch (RuntimeException unreadable) {
                throw new IllegalStateException("The sandbox cannot read its stored record " + key + ": "
                        + unreadable.getMessage(), unreadable);
            }
        });
    }
}
