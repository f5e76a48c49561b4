package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.algogate.broker.spi.Funds;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundsSummaryTest {

    private static FundsSummary summary(String realised, String unrealised) {
        return new FundsSummary(new Funds(new BigDecimal("99500.5"), BigDecimal.ZERO, new BigDecimal(realised),
                new BigDecimal(unrealised), BigDecimal.ZERO));
    }

    @Test
    void amountsHaveTwoDecimalsAndTheTotalAddsBoth() {
        FundsSummary funds = summary("120.456", "-200");
        assertEquals("99500.50", funds.getAvailable());
        assertEquals("120.46", funds.getRealised());
        assertEquals("-200.00", funds.getUnrealised());
        assertEquals("-79.54", funds.getTotal());
    }

    @Test
    void theSignIsAClassWordNotOnlyAColour() {
        FundsSummary funds = summary("5", "-5");
        assertEquals("good", funds.getRealisedSign());
        assertEquals("bad", funds.getUnrealisedSign());
        assertEquals("flat", funds.getTotalSign());
    }

    @Test
    void theLiveJsonIsKeyedByTheDataLiveNames() {
        JsonObject json = summary("1", "2").toJson();
        assertEquals("1.00", json.getString("pnl-realised"));
        assertEquals("2.00", json.getString("pnl-unrealised"));
        assertEquals("3.00", json.getString("pnl-total"));
        assertEquals("99500.50", json.getString("funds-available"));
    }
}
