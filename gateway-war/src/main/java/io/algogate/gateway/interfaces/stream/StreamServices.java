package io.algogate.gateway.interfaces.stream;

import io.algogate.security.filters.ApiKeyVerifier;
import java.time.Clock;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * What a {@link StreamSession} needs from the gateway: the key check, the two fan-outs, the broker's
 * id, a user's name, the clock and the per-connection subscription limit.
 */
record StreamServices(
        ApiKeyVerifier verifier,
        MarketDataFanOut market,
        OrderUpdateFanOut orders,
        String broker,
        LongFunction<String> userName,
        Clock clock,
        int maxSubscriptions) {

    StreamServices {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(clock, "clock");
    }
}
