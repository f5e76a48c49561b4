package io.algogate.gateway.application;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentType;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.gateway.application.OptionStrikes.OptionType;
import io.algogate.gateway.application.OptionsOrderService.Unresolvable;
import io.algogate.gateway.domain.options.Black76.Right;
import io.algogate.gateway.domain.options.OptionGreeks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * OpenAlgo's options analytics: the option chain (quotes of every listed strike, optionally with
 * greeks), the synthetic future, and the greeks of single options. Strikes come from the host's
 * instrument master, prices from the active broker ({@link MarketDataService}); the pricing model is
 * Black-76 ({@link OptionGreeks}) with the implied volatility solved from the option's last price.
 */
@ApplicationScoped
public class OptionAnalyticsService {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter EXPIRY_CODE = DateTimeFormatter.ofPattern("ddMMMyy", Locale.ENGLISH);
    /** An option's OpenAlgo symbol: root, DDMMMYY expiry, strike, CE or PE. */
    private static final Pattern OPTION_SYMBOL = Pattern.compile("(.+?)(\\d{2}[A-Z]{3}\\d{2})(\\d+(?:\\.\\d+)?)(CE|PE)");
    private static final DateTimeFormatter SYMBOL_EXPIRY = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("ddMMMuu").toFormatter(Locale.ENGLISH)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final double SECONDS_A_YEAR = 365.0 * 24 * 3600;

    @Inject
    MarketDataService marketData;

    @Inject
    InstrumentMasterService master;

    @Inject
    Clock clock;

    /** An option symbol taken apart. */
    public record OptionContract(String root, LocalDate expiry, BigDecimal strike, OptionType type) {

        public static Optional<OptionContract> parse(String symbol) {
            Matcher m = OPTION_SYMBOL.matcher(symbol);
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new OptionContract(m.group(1), LocalDate.parse(m.group(2), SYMBOL_EXPIRY),
                        new BigDecimal(m.group(3)), OptionType.valueOf(m.group(4))));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** One side of a chain row: the listed option, its quote, its offset label and its greeks if asked. */
    public record ChainLeg(Instrument instrument, String label, Quote quote, OptionGreeks greeks) {
    }

    /** One strike of the chain; a side is null when that option is not listed. */
    public record ChainRow(BigDecimal strike, ChainLeg call, ChainLeg put) {
    }

    /** The chain with what OpenAlgo reports around it. */
    public record Chain(String underlying, Quote underlyingQuote, LocalDate expiry, Instant expiresAt, Instant serverTime,
            BigDecimal atmStrike, BigDecimal forwardPrice, boolean greeksIncluded, List<ChainRow> rows) {
    }

    /** The synthetic future: ATM strike + call - put. */
    public record SyntheticFuture(BigDecimal underlyingLtp, BigDecimal atmStrike, BigDecimal price) {
    }

    /** optiongreeks' inputs and outcome for one option. */
    public record GreeksResult(String symbol, String exchange, String underlying, OptionContract contract,
            double daysToExpiry, BigDecimal spotPrice, BigDecimal optionPrice, BigDecimal ratePercent,
            OptionGreeks greeks) {
    }

    /** The settings of a greeks request that are not the option itself. */
    public record GreeksTerms(BigDecimal ratePercent, BigDecimal forwardPrice, String underlyingSymbol,
            String underlyingExchange, LocalTime expiryTime) {
    }

    /**
     * The chain of an underlying's options of one expiry: every listed strike, or {@code strikeCount}
     * either side of ATM. {@code forwardPrice} is the synthetic future at ATM; greeks, when asked, are
     * Black-76 on that forward.
     */
    public Chain chain(long userId, String underlying, String underlyingExchange, LocalDate expiry, Integer strikeCount,
            boolean withGreeks, BigDecimal ratePercent) throws BrokerException {
        String exchange = OptionsOrderService.optionExchange(underlyingExchange);
        String root = root(underlying);
        Quote underlyingQuote = underlyingQuote(userId, underlyingExchange, underlying);
        List<BigDecimal> strikes = listedStrikes(exchange, root, expiry);
        BigDecimal atm = OptionStrikes.atm(underlyingQuote.ltp(), strikes).orElseThrow();
        int atmIndex = strikes.indexOf(atm);
        if (strikeCount != null) {
            strikes = strikes.subList(Math.max(0, atmIndex - strikeCount), Math.min(strikes.size(),
                    atmIndex + strikeCount + 1));
            atmIndex = strikes.indexOf(atm);
        }
        Map<String, Instrument> listed = new java.util.LinkedHashMap<>();
        for (BigDecimal strike : strikes) {
            for (OptionType type : OptionType.values()) {
                String symbol = optionSymbol(root, expiry, strike, type);
                master.find(exchange, symbol).ifPresent(instrument -> listed.put(symbol, instrument));
            }
        }
        Map<String, Quote> quotes = quotes(userId, exchange, listed.keySet());
        BigDecimal forward = syntheticPrice(root, expiry, atm, quotes).orElse(underlyingQuote.ltp());
        Instant expiresAt = expiry.atTime(expiryTime(exchange)).atZone(IST).toInstant();
        double years = yearsUntil(expiresAt);
        List<ChainRow> rows = new ArrayList<>();
        for (int i = 0; i < strikes.size(); i++) {
            BigDecimal strike = strikes.get(i);
            int stepsUp = i - atmIndex;
            ChainLeg[] legs = new ChainLeg[2];
            for (OptionType type : OptionType.values()) {
                String symbol = optionSymbol(root, expiry, strike, type);
                Instrument instrument = listed.get(symbol);
                if (instrument == null) {
                    continue;
                }
                Quote quote = quotes.get(symbol);
                OptionGreeks greeks = withGreeks ? greeksOrNull(type, forward, strike, years, ratePercent, quote) : null;
                legs[type.ordinal()] = new ChainLeg(instrument, label(stepsUp, type), quote, greeks);
            }
            rows.add(new ChainRow(strike, legs[0], legs[1]));
        }
        return new Chain(underlying, underlyingQuote, expiry, expiresAt, clock.instant(), atm, forward, withGreeks,
                rows);
    }

    public SyntheticFuture syntheticFuture(long userId, String underlying, String underlyingExchange, LocalDate expiry)
            throws BrokerException {
        String exchange = OptionsOrderService.optionExchange(underlyingExchange);
        String root = root(underlying);
        BigDecimal ltp = underlyingQuote(userId, underlyingExchange, underlying).ltp();
        List<BigDecimal> strikes = listedStrikes(exchange, root, expiry);
        BigDecimal atm = OptionStrikes.atm(ltp, strikes).orElseThrow();
        List<String> pair = List.of(optionSymbol(root, expiry, atm, OptionType.CE),
                optionSymbol(root, expiry, atm, OptionType.PE));
        Map<String, Quote> quotes = quotes(userId, exchange, pair);
        BigDecimal price = syntheticPrice(root, expiry, atm, quotes).orElseThrow(() -> new Unresolvable(
                "No quotes for both " + pair.get(0) + " and " + pair.get(1) + " on " + exchange));
        return new SyntheticFuture(ltp, atm, price);
    }

    /** The greeks of one option from its last price; refusals (expired, no volatility fits) are {@link Unresolvable}. */
    public GreeksResult greeks(long userId, String symbol, String exchange, GreeksTerms terms) throws BrokerException {
        OptionContract contract = OptionContract.parse(symbol).orElseThrow(() -> new Unresolvable(
                "Not an option symbol: " + symbol + " (expected e.g. NIFTY30DEC2524000CE)"));
        Instant expiresAt = contract.expiry().atTime(terms.expiryTime() != null ? terms.expiryTime()
                : expiryTime(exchange)).atZone(IST).toInstant();
        double years = yearsUntil(expiresAt);
        if (years <= 0) {
            throw new Unresolvable("Option " + symbol + " has expired");
        }
        BigDecimal optionPrice = marketData.quote(userId, new SymbolRef(exchange, symbol)).ltp();
        String underlying;
        BigDecimal spot;
        if (terms.forwardPrice() != null) {
            underlying = terms.underlyingSymbol() != null ? terms.underlyingSymbol() : contract.root();
            spot = terms.forwardPrice();
        } else {
            SymbolRef ref = underlyingOf(contract.root(), exchange, terms.underlyingSymbol(), terms.underlyingExchange());
            underlying = ref.symbol();
            spot = marketData.quote(userId, ref).ltp();
        }
        if (optionPrice.signum() <= 0 || spot.signum() <= 0) {
            throw new Unresolvable("No price for " + symbol + " or its underlying " + underlying);
        }
        OptionGreeks greeks;
        try {
            greeks = OptionGreeks.of(right(contract.type()), spot.doubleValue(), contract.strike().doubleValue(), years,
                    terms.ratePercent().doubleValue(), optionPrice.doubleValue());
        } catch (IllegalArgumentException e) {
            throw new Unresolvable("Cannot compute the greeks of " + symbol + " at price " + optionPrice.toPlainString()
                    + " and underlying " + spot.toPlainString() + ": " + e.getMessage());
        }
        return new GreeksResult(symbol, exchange, underlying, contract, years * 365, spot, optionPrice,
                terms.ratePercent(), greeks);
    }

    /**
     * Where an option's underlying is quoted: the client's choice, else the root as an index
     * (NSE_INDEX for NFO, BSE_INDEX for BFO) when the master lists it, else as an equity, else the
     * same exchange (commodities and currencies have their futures there).
     */
    SymbolRef underlyingOf(String root, String optionExchange, String symbol, String exchange) {
        if (symbol != null && exchange != null) {
            return new SymbolRef(exchange, symbol);
        }
        String name = symbol != null ? symbol : root;
        if (exchange != null) {
            return new SymbolRef(exchange, name);
        }
        List<String> candidates = switch (optionExchange) {
            case "NFO" -> List.of("NSE_INDEX", "NSE");
            case "BFO" -> List.of("BSE_INDEX", "BSE");
            default -> List.of(optionExchange);
        };
        return candidates.stream().filter(candidate -> master.find(candidate, name).isPresent()).findFirst()
                .map(candidate -> new SymbolRef(candidate, name)).orElse(new SymbolRef(candidates.get(0), name));
    }

    /** When an exchange's contracts expire on their expiry day, IST (OpenAlgo's defaults). */
    static LocalTime expiryTime(String exchange) {
        return switch (exchange) {
            case "MCX" -> LocalTime.of(23, 30);
            case "CDS", "BCD" -> LocalTime.of(12, 30);
            case "NCDEX" -> LocalTime.of(17, 0);
            default -> LocalTime.of(15, 30);
        };
    }

    /** {@code NIFTY} for the future {@code NIFTY30DEC25FUT}, else the underlying itself. */
    static String root(String underlying) {
        return underlying.matches(".+\\d{2}[A-Z]{3}\\d{2}FUT") ? underlying.substring(0, underlying.length() - 10)
                : underlying;
    }

    static String optionSymbol(String root, LocalDate expiry, BigDecimal strike, OptionType type) {
        return root + expiry.format(EXPIRY_CODE).toUpperCase(Locale.ROOT) + OptionStrikes.strikeText(strike) + type.name();
    }

    /** ATM, or ITMn / OTMn counted in listed strikes (a call is in the money below the underlying). */
    static String label(int stepsUp, OptionType type) {
        if (stepsUp == 0) {
            return "ATM";
        }
        boolean inTheMoney = type == OptionType.CE ? stepsUp < 0 : stepsUp > 0;
        return (inTheMoney ? "ITM" : "OTM") + Math.abs(stepsUp);
    }

    private Quote underlyingQuote(long userId, String exchange, String underlying) throws BrokerException {
        try {
            Quote quote = marketData.quote(userId, new SymbolRef(exchange, underlying));
            if (quote.ltp().signum() <= 0) {
                throw new Unresolvable("No last traded price for " + underlying + " on " + exchange);
            }
            return quote;
        } catch (BrokerException e) {
            if (e.reason() == BrokerException.Reason.REJECTED) {
                throw new Unresolvable("No quote for the underlying " + underlying + " on " + exchange + ": "
                        + e.getMessage());
            }
            throw e;
        }
    }

    /** Calls' and puts' strikes together, ascending; none listed is a refusal. */
    private List<BigDecimal> listedStrikes(String exchange, String root, LocalDate expiry) {
        TreeSet<BigDecimal> strikes = new TreeSet<>();
        strikes.addAll(master.strikes(exchange, root, expiry, InstrumentType.CE));
        strikes.addAll(master.strikes(exchange, root, expiry, InstrumentType.PE));
        if (strikes.isEmpty()) {
            throw new Unresolvable("No " + root + " options expiring " + expiry.format(EXPIRY_CODE).toUpperCase(Locale.ROOT)
                    + " on " + exchange + " in the instrument master");
        }
        return List.copyOf(strikes);
    }

    private Map<String, Quote> quotes(long userId, String exchange, java.util.Collection<String> symbols)
            throws BrokerException {
        List<SymbolRef> refs = symbols.stream().map(symbol -> new SymbolRef(exchange, symbol)).toList();
        return marketData.quotes(userId, refs).stream().filter(result -> result.quote() != null)
                .collect(Collectors.toMap(result -> result.symbol().symbol(), MarketDataService.QuoteResult::quote,
                        (a, b) -> a));
    }

    private static Optional<BigDecimal> syntheticPrice(String root, LocalDate expiry, BigDecimal atm,
            Map<String, Quote> quotes) {
        Function<OptionType, Quote> at = type -> quotes.get(optionSymbol(root, expiry, atm, type));
        Quote call = at.apply(OptionType.CE);
        Quote put = at.apply(OptionType.PE);
        if (call == null || put == null) {
            return Optional.empty();
        }
        return Optional.of(atm.add(call.ltp()).subtract(put.ltp()));
    }

    /** Greeks where the model has an answer; a quote no volatility fits (a stale deep option) gets none. */
    private static OptionGreeks greeksOrNull(OptionType type, BigDecimal forward, BigDecimal strike, double years,
            BigDecimal ratePercent, Quote quote) {
        if (quote == null || years <= 0 || quote.ltp().signum() <= 0) {
            return null;
        }
        try {
            return OptionGreeks.of(right(type), forward.doubleValue(), strike.doubleValue(), years,
                    ratePercent.doubleValue(), quote.ltp().doubleValue());
        } catch (IllegalArgumentException noAnswer) {
            return null;
        }
    }

    private double yearsUntil(Instant expiresAt) {
        return Duration.between(clock.instant(), expiresAt).toSeconds() / SECONDS_A_YEAR;
    }

    private static Right right(OptionType type) {
        return type == OptionType.CE ? Right.CALL : Right.PUT;
    }
}
