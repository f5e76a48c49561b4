package io.algogate.broker.spi;

import java.util.List;
import java.util.Map;

/**
 * What a cancel-all achieved: the ids cancelled and, for each order that could not be cancelled,
 * the broker's reason (OpenAlgo's {@code canceled_orders} and {@code failed_cancellations}).
 */
public record CancelAllResult(List<String> cancelledOrderIds, Map<String, String> failureReasonByOrderId) {

    public CancelAllResult {
        cancelledOrderIds = List.copyOf(cancelledOrderIds);
        failureReasonByOrderId = Map.copyOf(failureReasonByOrderId);
    }
}
