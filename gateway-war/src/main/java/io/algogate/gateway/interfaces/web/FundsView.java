package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Funds;
import java.math.BigDecimal;

/** The funds block of the dashboard: OpenAlgo's {@code funds}, formatted, P&amp;L signed and toned. */
public class FundsView {

    private final Funds funds;

    public FundsView(Funds funds) {
        this.funds = funds;
    }

    public String getAvailableCash() {
        return Amounts.money(funds.availableCash());
    }

    public String getUsedMargin() {
        return Amounts.money(funds.utilisedDebits());
    }

    public String getCollateral() {
        return Amounts.money(funds.collateral());
    }

    public String getRealised() {
        return Amounts.signed(funds.m2mRealized());
    }

    public String getRealisedTone() {
        return Amounts.tone(funds.m2mRealized());
    }

    public String getUnrealised() {
        return Amounts.signed(funds.m2mUnrealized());
    }

    public String getUnrealisedTone() {
        return Amounts.tone(funds.m2mUnrealized());
    }

    public String getTotal() {
        return Amounts.signed(total());
    }

    public String getTotalTone() {
        return Amounts.tone(total());
    }

    private BigDecimal total() {
        return funds.m2mRealized().add(funds.m2mUnrealized());
    }
}
