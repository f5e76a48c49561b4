package io.algogate.broker.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The stored form of an order: version 2 of the format, exactly, version 1 still read, and what a reader accepts. */
class SandboxOrderCodecTest {

    private static final String VERSION_1 = """
            version=1
            orderId=26120400000007
            strategy=Nifty \\\\ scalper\\nline two=yes
            exchange=NFO
            symbol=NIFTY26DEC24000CE
            action=SELL
            quantity=75
            priceType=STOP_LOSS
            product=NRML
            price=101.50
            triggerPrice=102
            status=TRIGGER_PENDING
            placedAt=2026-12-04T05:00:00.123Z
            """;

    private static final Order ORDER = new Order("26120400000007", "Nifty \\ scalper\nline two=yes", "NFO",
            "NIFTY26DEC24000CE", Action.SELL, new BigDecimal("75"), PriceType.STOP_LOSS, Product.NRML,
            new BigDecimal("101.50"), new BigDecimal("102"), OrderStatus.TRIGGER_PENDING,
            Instant.parse("2026-12-04T05:00:00.123Z"));

    /** Version 2: version 1's fields, then the engine's. */
    private static final String VERSION_2 = VERSION_1.replace("version=1", "version=2") + """
            blockedMargin=7612.50
            fillPrice=101.45
            message=two\\nlines
            """;

    private static final SandboxOrder STORED = new SandboxOrder(ORDER, new BigDecimal("7612.50"),
            new BigDecimal("101.45"), "two\nlines");

    @Test
    void aVersionOneOrderIsReadAsOneWithNoMarginAndNoFill() {
        assertEquals(SandboxOrder.of(ORDER), SandboxOrderCodec.decode(VERSION_1.getBytes(UTF_8)));
    }

    @Test
    void anOrderIsWrittenInVersionTwoAndReadBackUnchanged() {
        assertEquals(VERSION_2, new String(SandboxOrderCodec.encode(STORED), UTF_8));
        assertEquals(STORED, SandboxOrderCodec.decode(VERSION_2.getBytes(UTF_8)));
    }

    @Test
    void anOrderWithoutStrategyLeavesTheFieldOut() {
        Order unnamed = new Order("26120400000008", null, "NSE", "SBIN", Action.BUY, BigDecimal.ONE,
                PriceType.MARKET, Product.MIS, BigDecimal.ZERO, BigDecimal.ZERO, OrderStatus.COMPLETE,
                Instant.parse("2026-12-04T05:00:00Z"));

        byte[] stored = SandboxOrderCodec.encode(SandboxOrder.of(unnamed));

        assertFalse(new String(stored, UTF_8).contains("strategy="));
        assertFalse(new String(stored, UTF_8).contains("fillPrice="));
        assertEquals(SandboxOrder.of(unnamed), SandboxOrderCodec.decode(stored));
    }

    @Test
    void aFieldALaterSandboxAddedIsIgnored() {
        assertEquals(STORED, SandboxOrderCodec.decode((VERSION_2 + "exchangeOrderId=X1\n").getBytes(UTF_8)));
    }

    @Test
    void anotherVersionOrAMissingFieldIsRefusedRatherThanMisread() {
        IllegalArgumentException newer = assertThrows(IllegalArgumentException.class,
                () -> SandboxOrderCodec.decode(VERSION_1.replace("version=1", "version=3").getBytes(UTF_8)));
        assertTrue(newer.getMessage().contains("version 3"), newer.getMessage());

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SandboxOrderCodec.decode(VERSION_1.replace("symbol=NIFTY26DEC24000CE\n", "").getBytes(UTF_8)));
        assertTrue(missing.getMessage().contains("symbol"), missing.getMessage());

        assertThrows(IllegalArgumentException.class, () -> SandboxOrderCodec.decode(new byte[0]));
    }
}
