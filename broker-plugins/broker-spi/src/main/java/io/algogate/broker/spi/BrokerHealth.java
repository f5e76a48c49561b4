package io.algogate.broker.spi;

import java.util.Objects;

/** A plugin's answer to a health check; the detail is shown to the admin and must hold no secrets. */
public record BrokerHealth(boolean up, String detail) {

    public BrokerHealth {
        Objects.requireNonNull(detail, "detail");
    }
}
