package io.algogate.gateway.application;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.InstrumentType;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.gateway.application.OptionStrikes.OptionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves OpenAlgo's options orders to an option symbol: the underlying's LTP from the active broker's
 * quotes, the chain (the listed strikes of that expiry and type) from the host's instrument master,
 * the strike by offset ({@link OptionStrikes}), then the symbol {@code <ROOT><DDMMMYY><STRIKE><CE|PE>},
 * which must be in the master. Placing the order is the caller's (the order service's).
 */
@ApplicationScoped
public class OptionsOrderService {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("ddMMMyy", Locale.ENGLISH);

    @Inject
    OrderService orders;

    @Inject
    InstrumentMasterService master;

    /** An options order that cannot be resolved to a listed option: a 400 for the client. */
    public static final class Unresolvable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unresolvable(String message) {
            super(message, null, false, false);
        }
    }

    /** The option an offset selects. */
    public record ResolvedOption(String symbol, String exchange, BigDecimal strike) {
    }

    /** Where the options of an underlying quoted on this exchange trade: NFO for NSE, BFO for BSE. */
    public static String optionExchange(String underlyingExchange) {
        return switch (underlyingExchange) {
            case "NSE_INDEX", "NSE", "NFO" -> "NFO";
            case "BSE_INDEX", "BSE", "BFO" -> "BFO";
            default -> throw new Unresolvable("Options on underlyings of " + underlyingExchange + " are not supported");
        };
    }

    /** The underlying's last traded price, from the active broker. */
    public BigDecimal underlyingLtp(String exchange, String underlying) throws BrokerException {
        BigDecimal ltp = orders.marketQuote(new SymbolRef(exchange, underlying)).ltp();
        if (ltp.signum() <= 0) {
            throw new Unresolvable("No last traded price for " + underlying + " on " + exchange);
        }
        return ltp;
    }

    /**
     * The listed option an offset selects.
     *
     * @param root       the underlying's name in the master ({@code NIFTY})
     * @param strikeStep the client's {@code strike_int}, or null to take the chain's own step
     */
    public ResolvedOption resolve(String root, String underlyingExchange, LocalDate expiry, BigDecimal strikeStep,
            BigDecimal ltp, String offset, OptionType type) {
        String exchange = optionExchange(underlyingExchange);
        String expiryCode = expiry.format(EXPIRY).toUpperCase(Locale.ROOT);
        List<BigDecimal> chain = master.strikes(exchange, root, expiry, InstrumentType.valueOf(type.name()));
        if (chain.isEmpty()) {
            throw new Unresolvable("No " + root + " " + type + " options expiring " + expiryCode + " on " + exchange
                    + " in the instrument master" + masterHint());
        }
        Optional<BigDecimal> strike = OptionStrikes.select(ltp, chain, strikeStep, offset, type);
        if (strike.isEmpty()) {
            throw new Unresolvable("Cannot select the " + offset + " strike from a chain of " + chain.size()
                    + " strike(s) for " + root + " " + expiryCode);
        }
        String symbol = root + expiryCode + OptionStrikes.strikeText(strike.get()) + type.name();
        if (master.find(exchange, symbol).isEmpty()) {
            throw new Unresolvable("Option " + symbol + " (" + offset + " at LTP " + ltp.toPlainString()
                    + ") is not listed on " + exchange + "; the chain lists strikes "
                    + OptionStrikes.strikeText(chain.get(0)) + " to " + OptionStrikes.strikeText(chain.get(chain.size() - 1)));
        }
        return new ResolvedOption(symbol, exchange, strike.get());
    }

    private String masterHint() {
        InstrumentMasterService.Status status = master.status();
        return status.phase() == InstrumentMasterService.Phase.SUCCESS ? ""
                : " (the master is " + status.phase().name().toLowerCase(Locale.ROOT) + ")";
    }
}
