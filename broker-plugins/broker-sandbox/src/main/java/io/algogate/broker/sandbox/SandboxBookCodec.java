package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.Trade;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Trades, positions and the funds ledger as the sandbox stores them, in {@link NameValueText}'s
 * format, each version 1: the field names are the record components', numbers plain decimals, enums
 * their constant names, instants ISO-8601, days ISO dates.
 */
final class SandboxBookCodec {

    private static final int VERSION = 1;

    private SandboxBookCodec() {
    }

    static byte[] encode(Trade trade) {
        return new NameValueText(VERSION).line("orderId", trade.orderId()).line("exchange", trade.exchange())
                .line("symbol", trade.symbol()).line("action", trade.action().name())
                .line("product", trade.product().name()).line("quantity", trade.quantity())
                .line("averagePrice", trade.averagePrice()).line("tradeValue", trade.tradeValue())
                .line("tradedAt", trade.tradedAt().toString()).bytes();
    }

    static Trade decodeTrade(byte[] stored) {
        NameValueText.Fields f = NameValueText.parse(stored);
        f.version("trade", VERSION);
        return new Trade(f.required("orderId"), f.required("exchange"), f.required("symbol"),
                Action.valueOf(f.required("action")), Product.valueOf(f.required("product")), f.decimal("quantity"),
                f.decimal("averagePrice"), f.decimal("tradeValue"), Instant.parse(f.required("tradedAt")));
    }

    static byte[] encode(SandboxPosition p) {
        return new NameValueText(VERSION).line("exchange", p.exchange()).line("symbol", p.symbol())
                .line("product", p.product().name()).line("quantity", p.quantity())
                .line("averagePrice", p.averagePrice()).line("realisedPnl", p.realisedPnl())
                .line("blockedMargin", p.blockedMargin()).line("openedOn", p.openedOn().toString()).bytes();
    }

    static SandboxPosition decodePosition(byte[] stored) {
        NameValueText.Fields f = NameValueText.parse(stored);
        f.version("position", VERSION);
        return new SandboxPosition(f.required("exchange"), f.required("symbol"), Product.valueOf(f.required("product")),
                f.decimal("quantity"), f.decimal("averagePrice"), f.decimal("realisedPnl"), f.decimal("blockedMargin"),
                LocalDate.parse(f.required("openedOn")));
    }

    static byte[] encode(FundsLedger funds) {
        return new NameValueText(VERSION).line("startingCapital", funds.startingCapital())
                .line("available", funds.available()).line("usedMargin", funds.usedMargin())
                .line("realisedPnl", funds.realisedPnl()).bytes();
    }

    static FundsLedger decodeFunds(byte[] stored) {
        NameValueText.Fields f = NameValueText.parse(stored);
        f.version("funds", VERSION);
        return new FundsLedger(f.decimal("startingCapital"), f.decimal("available"), f.decimal("usedMargin"),
                f.decimal("realisedPnl"));
    }
}
