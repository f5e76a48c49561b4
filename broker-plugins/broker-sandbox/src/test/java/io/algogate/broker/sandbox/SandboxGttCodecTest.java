package io.algogate.broker.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.GttRequest;
import io.algogate.broker.spi.GttTriggerType;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The stored form of a GTT: version 1 exactly, optional fields left out when absent, other versions refused. */
class SandboxGttCodecTest {

    private static final String OCO = """
            version=1
            triggerId=26120400000003
            strategy=swing\\nline two
            triggerType=OCO
            exchange=NSE
            symbol=SBIN
            action=SELL
            product=NRML
            quantity=10
            priceType=LIMIT
            price=0
            triggerPriceStopLoss=790
            triggerPriceTarget=850
            stopLoss=789.5
            target=851
            requestedExpiry=2027-01-01T00:00:00Z
            placedLastPrice=800.00
            createdAt=2026-12-04T05:00:00Z
            updatedAt=2026-12-04T05:10:00.500Z
            expiresAt=2027-01-01T00:00:00Z
            """;

    private static final SandboxGtt OCO_GTT = new SandboxGtt("26120400000003",
            new GttRequest("swing\nline two", GttTriggerType.OCO, "NSE", "SBIN", Action.SELL, Product.NRML,
                    new BigDecimal("10"), PriceType.LIMIT, new BigDecimal("0"), new BigDecimal("790"),
                    new BigDecimal("850"), new BigDecimal("789.5"), new BigDecimal("851"),
                    Instant.parse("2027-01-01T00:00:00Z")),
            new BigDecimal("800.00"), Instant.parse("2026-12-04T05:00:00Z"), Instant.parse("2026-12-04T05:10:00.5Z"),
            Instant.parse("2027-01-01T00:00:00Z"));

    @Test
    void anOcoIsWrittenInVersionOneAndReadBackUnchanged() {
        assertEquals(OCO, new String(SandboxGttCodec.encode(OCO_GTT), UTF_8));
        assertEquals(OCO_GTT, SandboxGttCodec.decode(OCO.getBytes(UTF_8)));
    }

    @Test
    void aSingleWithoutStopLossTargetOrExpiryLeavesThemOutAndReadsThemAsNull() {
        SandboxGtt single = SandboxGtt.placed("26120400000004", new GttRequest("s", GttTriggerType.SINGLE, "NSE",
                "ITC", Action.BUY, Product.CNC, BigDecimal.ONE, PriceType.MARKET, new BigDecimal("400"),
                BigDecimal.ZERO, new BigDecimal("410"), null, null, null), new BigDecimal("420.05"),
                Instant.parse("2026-12-04T05:00:00Z"), Instant.parse("2026-12-04T05:00:00Z"));
        String text = new String(SandboxGttCodec.encode(single), UTF_8);
        for (String absent : new String[] {"stopLoss=", "target=", "requestedExpiry="}) {
            assertTrue(!text.contains("\n" + absent), text);
        }
        assertTrue(text.contains("\nexpiresAt=2027-12-04T05:00:00Z\n"), "a year after placing: " + text);
        assertEquals(single, SandboxGttCodec.decode(SandboxGttCodec.encode(single)));
    }

    @Test
    void anotherVersionIsRefusedNotMisread() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SandboxGttCodec.decode(OCO.replace("version=1", "version=2").getBytes(UTF_8)));
        assertTrue(refused.getMessage().contains("version 2 of the sandbox GTT format"), refused.getMessage());
    }
}
