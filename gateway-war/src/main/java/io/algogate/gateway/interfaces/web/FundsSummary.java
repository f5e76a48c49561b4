package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Funds;
import io.algogate.security.filters.Jsonp;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The funds and P&L a trader watches, as the pages show them and as {@code /app/live/summary} sends
 * them to {@code live.js}: keyed by the {@code data-live} names of the elements that show them, so the
 * script fills each element from its own key. Amounts are plain, with two decimals and a sign when
 * negative; {@code sign} words ({@code good}, {@code bad}, {@code flat}) are the CSS classes for P&L.
 */
public class FundsSummary {

    static final String REALISED = "pnl-realised";
    static final String UNREALISED = "pnl-unrealised";
    static final String TOTAL = "pnl-total";
    static final String AVAILABLE = "funds-available";

    private final BigDecimal realised;
    private final BigDecimal unrealised;
    private final BigDecimal available;

    FundsSummary(Funds funds) {
        this.realised = funds.m2mRealized();
        this.unrealised = funds.m2mUnrealized();
        this.available = funds.availableCash();
    }

    public String getRealised() {
        return amount(realised);
    }

    public String getUnrealised() {
        return amount(unrealised);
    }

    public String getTotal() {
        return amount(realised.add(unrealised));
    }

    public String getAvailable() {
        return amount(available);
    }

    public String getRealisedSign() {
        return sign(realised);
    }

    public String getUnrealisedSign() {
        return sign(unrealised);
    }

    public String getTotalSign() {
        return sign(realised.add(unrealised));
    }

    JsonObject toJson() {
        return Jsonp.PROVIDER.createObjectBuilder()
                .add(REALISED, getRealised()).add(UNREALISED, getUnrealised()).add(TOTAL, getTotal())
                .add(AVAILABLE, getAvailable()).build();
    }

    static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String sign(BigDecimal value) {
        return switch (value.signum()) {
            case 1 -> "good";
            case -1 -> "bad";
            default -> "flat";
        };
    }
}
