package io.algogate.broker.sandbox;

import io.algogate.broker.spi.InstrumentType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in instrument list, as it stands on a trading day: a few NSE equities, the NIFTY and
 * BANKNIFTY indices (NSE_INDEX, quoted but not tradable), their futures for this month and the next, a
 * NIFTY weekly option chain and a BANKNIFTY monthly one (NSE has no BANKNIFTY weeklies since 2024),
 * each chain {@value #STRIKES_EACH_SIDE} strikes either side of the reference, CE and PE: wide enough
 * (about 8%) that the strikes around the price feed's walk, which strays a few percent from the
 * reference, are listed, so ATM and near offsets always resolve, as on a real chain.
 *
 * <p>Contracts expire on Tuesdays (NSE's expiry day since September 2025): a weekly on the next
 * Tuesday, a monthly on the month's last Tuesday, both still listed on their expiry day. Symbols are
 * OpenAlgo's: {@code NIFTY30DEC25FUT}, {@code NIFTY30DEC2524000CE}. Lot sizes are those of late 2025;
 * every tick size is 0.05.
 */
final class SandboxInstruments {

    static final int STRIKES_EACH_SIDE = 40;
    private static final BigDecimal TICK = new BigDecimal("0.05");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("ddMMMyy", Locale.ENGLISH);

    /** Equities and their reference prices. */
    private static final Map<String, String> EQUITIES = Map.of(
            "RELIANCE", "1300", "SBIN", "800", "INFY", "1600", "TCS", "3400", "HDFCBANK", "1700",
            "ITC", "420", "ICICIBANK", "1300", "TATASTEEL", "150");

    private record Index(String name, BigDecimal reference, BigDecimal strikeStep, BigDecimal lotSize,
            boolean weeklyOptions) {
    }

    private static final List<Index> INDICES = List.of(
            new Index("NIFTY", new BigDecimal("24000"), new BigDecimal("50"), new BigDecimal("75"), true),
            new Index("BANKNIFTY", new BigDecimal("52000"), new BigDecimal("100"), new BigDecimal("35"), false));

    private final LocalDate day;
    private final List<SandboxInstrument> all;
    private final Map<String, SandboxInstrument> byKey;

    private SandboxInstruments(LocalDate day) {
        this.day = day;
        this.all = build(day);
        this.byKey = all.stream().collect(Collectors.toMap(i -> key(i.exchange(), i.symbol()), Function.identity()));
    }

    /** The list as it stands on this trading day (IST). */
    static SandboxInstruments on(LocalDate day) {
        return new SandboxInstruments(day);
    }

    LocalDate day() {
        return day;
    }

    List<SandboxInstrument> all() {
        return all;
    }

    Optional<SandboxInstrument> find(String exchange, String symbol) {
        return Optional.ofNullable(byKey.get(key(exchange, symbol)));
    }

    static LocalDate monthlyExpiry(LocalDate day) {
        LocalDate thisMonth = day.with(TemporalAdjusters.lastInMonth(DayOfWeek.TUESDAY));
        return thisMonth.isBefore(day)
                ? day.plusMonths(1).with(TemporalAdjusters.lastInMonth(DayOfWeek.TUESDAY)) : thisMonth;
    }

    static LocalDate weeklyExpiry(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    static String expiryCode(LocalDate expiry) {
        return expiry.format(EXPIRY).toUpperCase(Locale.ROOT);
    }

    private static List<SandboxInstrument> build(LocalDate day) {
        List<SandboxInstrument> list = new ArrayList<>();
        EQUITIES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> list.add(
                new SandboxInstrument(e.getKey(), "NSE", e.getKey(), InstrumentType.EQ, null, null, BigDecimal.ONE,
                        TICK, new BigDecimal(e.getValue()))));
        for (Index index : INDICES) {
            list.add(new SandboxInstrument(index.name(), "NSE_INDEX", index.name(), InstrumentType.INDEX, null,
                    null, BigDecimal.ONE, TICK, index.reference()));
            LocalDate month = monthlyExpiry(day);
            LocalDate nextMonth = monthlyExpiry(month.plusDays(1));
            for (LocalDate expiry : List.of(month, nextMonth)) {
                list.add(new SandboxInstrument(index.name() + expiryCode(expiry) + "FUT", "NFO", index.name(),
                        InstrumentType.FUT, expiry, null, index.lotSize(), TICK, index.reference()));
            }
            LocalDate optionExpiry = index.weeklyOptions() ? weeklyExpiry(day) : month;
            for (int offset = -STRIKES_EACH_SIDE; offset <= STRIKES_EACH_SIDE; offset++) {
                BigDecimal strike = index.reference().add(index.strikeStep().multiply(BigDecimal.valueOf(offset)));
                for (InstrumentType type : List.of(InstrumentType.CE, InstrumentType.PE)) {
                    list.add(new SandboxInstrument(
                            index.name() + expiryCode(optionExpiry) + strike.toPlainString() + type.name(), "NFO",
                            index.name(), type, optionExpiry, strike, index.lotSize(), TICK, index.reference()));
                }
            }
        }
        return List.copyOf(list);
    }

    private static String key(String exchange, String symbol) {
        return exchange + ':' + symbol;
    }
}
