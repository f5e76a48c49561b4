package io.algogate.gateway.application;

import io.algogate.broker.spi.OrderRequest;
import io.algogate.security.filters.ApiKeyRateLimitFilter;
import io.algogate.security.filters.RateLimiter;
import io.algogate.security.filters.RouteClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAlgo's splitorder: the total quantity as children of {@code splitsize} (the last one the
 * remainder), placed one after another. Each child takes a token from the caller's key's
 * {@code order} bucket (D11), the same one placeorder uses, so a split never places faster than the
 * key may place orders one by one; a child that finds the bucket empty waits for the refill the
 * limiter names, up to {@link #MAX_WAIT_PER_CHILD}, and is reported as refused after that.
 */
@ApplicationScoped
public class SplitOrderService {

    /** OpenAlgo's {@code MAX_ORDERS}: a split into more children is refused. */
    public static final int MAX_CHILD_ORDERS = 100;
    static final Duration MAX_WAIT_PER_CHILD = Duration.ofSeconds(5);
    static final String RATE_LIMITED = "Rate limit exceeded. Please slow down your requests.";

    @Inject
    OrderService orders;

    @Inject
    RateLimiter rateLimiter;

    /** The children's quantities: full {@code splitSize} ones, then the remainder if any. */
    public static List<BigDecimal> childQuantities(BigDecimal total, int splitSize) {
        BigDecimal size = BigDecimal.valueOf(splitSize);
        BigDecimal[] parts = total.divideAndRemainder(size);
        List<BigDecimal> children = new ArrayList<>();
        for (int i = 0; i < parts[0].intValueExact(); i++) {
            children.add(size);
        }
        if (parts[1].signum() > 0) {
            children.add(parts[1]);
        }
        return children;
    }

    /**
     * Places the children in order; each result says whether its child was placed.
     *
     * @param keyHash the SHA-256 of the caller's API key, whose order budget the children spend
     */
    public List<BasketItemResult> placeSplit(long userId, String keyHash, OrderRequest order, int splitSize) {
        List<BasketItemResult> results = new ArrayList<>();
        for (BigDecimal quantity : childQuantities(order.quantity(), splitSize)) {
            OrderRequest child = new OrderRequest(order.strategy(), order.exchange(), order.symbol(), order.action(),
                    quantity, order.priceType(), order.product(), order.price(), order.triggerPrice(),
                    order.disclosedQuantity());
            results.add(awaitToken(keyHash) ? orders.placeItem(userId, child)
                    : new BasketItemResult(child.symbol(), child.action(), quantity, null, RATE_LIMITED));
        }
        return results;
    }

    private boolean awaitToken(String keyHash) {
        long deadline = System.nanoTime() + MAX_WAIT_PER_CHILD.toNanos();
        String subject = ApiKeyRateLimitFilter.subjectOf(keyHash);
        while (true) {
            RateLimiter.Decision decision = rateLimiter.tryConsume(RouteClass.ORDER, subject);
            if (decision.allowed()) {
                return true;
            }
            long waitNanos = Math.min(Duration.ofSeconds(decision.retryAfterSeconds()).toNanos(),
                    deadline - System.nanoTime());
            if (waitNanos <= 0) {
                return false;
            }
            try {
                Thread.sleep(Duration.ofNanos(waitNanos).toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
