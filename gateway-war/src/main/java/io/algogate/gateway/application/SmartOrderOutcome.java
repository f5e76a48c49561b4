package io.algogate.gateway.application;

import io.algogate.broker.spi.OrderAck;
import java.util.Optional;

/** A smart order's result: the order placed, or none because the position already matched. */
public record SmartOrderOutcome(Optional<OrderAck> placed) {
}
