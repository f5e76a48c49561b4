package io.algogate.broker.kite;

import static io.algogate.broker.kite.KiteJson.object;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerException.Reason;
import io.algogate.broker.spi.Candle;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.SymbolRef;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Historical candles ({@code GET /instruments/historical/:instrument_token/:interval}). Kite wants the
 * instrument token, which {@link KiteInstruments} resolves, and limits how many days one request may
 * span, so a long range is fetched in consecutive chunks.
 */
final class KiteHistory {

    /**
     * One of Kite's intervals and the most days one request may span. Kite's documentation page does
     * not list the spans; these are the limits Kite's staff give on the Kite Connect forum.
     */
    private record KiteInterval(String name, int maxDays) {
    }

    private static final Map<Interval, KiteInterval> INTERVALS = Map.of(
            Interval.M1, new KiteInterval("minute", 60),
            Interval.M3, new KiteInterval("3minute", 100),
            Interval.M5, new KiteInterval("5minute", 100),
            Interval.M10, new KiteInterval("10minute", 100),
            Interval.M15, new KiteInterval("15minute", 200),
            Interval.M30, new KiteInterval("30minute", 200),
            Interval.H1, new KiteInterval("60minute", 400),
            Interval.DAY, new KiteInterval("day", 2000));
    private static final Set<Interval> SERVED = Collections.unmodifiableSet(EnumSet.copyOf(INTERVALS.keySet()));
    /** Kite's candle timestamps, such as {@code 2017-12-15T09:15:00+0530}. */
    private static final DateTimeFormatter CANDLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    /** Kite's {@code from} and {@code to}: India's local time, so whole exchange days are asked for. */
    private static final String DAY_START = " 00:00:00";
    private static final String DAY_END = " 23:59:59";

    private final KiteHttp http;
    private final KiteHttp.Authorization authorization;
    private final KiteInstruments instruments;

    KiteHistory(KiteHttp http, KiteHttp.Authorization authorization, KiteInstruments instruments) {
        this.http = http;
        this.authorization = authorization;
        this.instruments = instruments;
    }

    Set<Interval> intervals() {
        return SERVED;
    }

    List<Candle> history(HistoryRequest request) throws BrokerException {
        KiteInterval interval = INTERVALS.get(request.interval());
        if (interval == null) {
            throw new BrokerException(Reason.NOT_SUPPORTED, "Kite has no " + request.interval().wireName()
                    + " candles; it serves " + SERVED.stream().map(Interval::wireName).toList());
        }
        String token = instruments.token(request.symbol());
        List<Candle> candles = new ArrayList<>();
        LocalDate from = request.startDate();
        while (!from.isAfter(request.endDate())) {
            LocalDate to = from.plusDays(interval.maxDays() - 1L);
            if (to.isAfter(request.endDate())) {
                to = request.endDate();
            }
            candles.addAll(chunk(request.symbol(), token, interval, from, to));
            from = to.plusDays(1);
        }
        return candles;
    }

    private List<Candle> chunk(SymbolRef symbol, String token, KiteInterval interval, LocalDate from, LocalDate to)
            throws BrokerException {
        String path = "/instruments/historical/" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "/"
                + interval.name() + "?from=" + URLEncoder.encode(from + DAY_START, StandardCharsets.UTF_8)
                + "&to=" + URLEncoder.encode(to + DAY_END, StandardCharsets.UTF_8) + "&oi=1";
        JsonValue candles = object(http.call("GET", path, null, authorization.header()), "history").get("candles");
        List<Candle> parsed = new ArrayList<>();
        try {
            for (JsonValue row : KiteJson.array(candles, "candle list")) {
                parsed.add(candle(row.asJsonArray()));
            }
        } catch (RuntimeException e) {
            throw new BrokerException(Reason.UNAVAILABLE,
                    "Kite's candles for " + symbol.exchange() + ":" + symbol.symbol() + " are malformed", e);
        }
        return parsed;
    }

    /**
     * {@code [timestamp, open, high, low, close, volume, oi]}; the open interest is there only when
     * asked for and the instrument has one. The timestamp's +0530 offset is applied, so a daily bar
     * starts at midnight in India, as the bar's start instant should.
     */
    static Candle candle(JsonArray row) {
        if (row.size() < 6) {
            throw new IllegalArgumentException("a candle has " + row.size() + " values, not 6 or 7");
        }
        return new Candle(
                OffsetDateTime.parse(row.getString(0), CANDLE_TIME).toInstant(),
                number(row, 1), number(row, 2), number(row, 3), number(row, 4), number(row, 5),
                row.size() > 6 ? number(row, 6) : BigDecimal.ZERO);
    }

    private static BigDecimal number(JsonArray row, int index) {
        return row.getJsonNumber(index).bigDecimalValue();
    }
}
