package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.GttRequest;
import io.algogate.broker.spi.GttTriggerType;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.time.Instant;

/**
 * One active GTT as the sandbox stores it, in {@link NameValueText}'s format, version 1:
 * {@code triggerId}, {@code strategy}, {@code triggerType}, {@code exchange}, {@code symbol},
 * {@code action}, {@code product}, {@code quantity}, {@code priceType}, {@code price},
 * {@code triggerPriceStopLoss}, {@code triggerPriceTarget}, {@code stopLoss} and {@code target} (left
 * out when not given), {@code requestedExpiry} (the client's {@code expires_at}, left out when not
 * given), {@code placedLastPrice}, {@code createdAt}, {@code updatedAt}, {@code expiresAt} (the
 * effective expiry). Enums by constant name, decimals plain, instants ISO-8601.
 */
final class SandboxGttCodec {

    static final int VERSION = 1;

    private SandboxGttCodec() {
    }

    static byte[] encode(SandboxGtt gtt) {
        GttRequest r = gtt.request();
        NameValueText text = new NameValueText(VERSION).line("triggerId", gtt.triggerId())
                .line("strategy", r.strategy())
                .line("triggerType", r.triggerType().name())
                .line("exchange", r.exchange())
                .line("symbol", r.symbol())
                .line("action", r.action().name())
                .line("product", r.product().name())
                .line("quantity", r.quantity())
                .line("priceType", r.priceType().name())
                .line("price", r.price())
                .line("triggerPriceStopLoss", r.triggerPriceStopLoss())
                .line("triggerPriceTarget", r.triggerPriceTarget());
        if (r.stopLoss() != null) {
            text.line("stopLoss", r.stopLoss());
        }
        if (r.target() != null) {
            text.line("target", r.target());
        }
        if (r.expiresAt() != null) {
            text.line("requestedExpiry", r.expiresAt().toString());
        }
        return text.line("placedLastPrice", gtt.placedLastPrice())
                .line("createdAt", gtt.createdAt().toString())
                .line("updatedAt", gtt.updatedAt().toString())
                .line("expiresAt", gtt.expiresAt().toString())
                .bytes();
    }

    /** The GTT; an {@link IllegalArgumentException} names what is wrong with a value it cannot read. */
    static SandboxGtt decode(byte[] stored) {
        NameValueText.Fields f = NameValueText.parse(stored);
        f.version("GTT", VERSION);
        String requestedExpiry = f.optional("requestedExpiry");
        GttRequest request = new GttRequest(f.required("strategy"), GttTriggerType.valueOf(f.required("triggerType")),
                f.required("exchange"), f.required("symbol"), Action.valueOf(f.required("action")),
                Product.valueOf(f.required("product")), f.decimal("quantity"),
                PriceType.valueOf(f.required("priceType")), f.decimal("price"), f.decimal("triggerPriceStopLoss"),
                f.decimal("triggerPriceTarget"), f.decimal("stopLoss", null), f.decimal("target", null),
                requestedExpiry == null ? null : Instant.parse(requestedExpiry));
        return new SandboxGtt(f.required("triggerId"), request, f.decimal("placedLastPrice"),
                Instant.parse(f.required("createdAt")), Instant.parse(f.required("updatedAt")),
                Instant.parse(f.required("expiresAt")));
    }
}
