package io.algogate.gateway.interfaces.ops;

import io.algogate.gateway.application.ApiKeyService;
import io.algogate.gateway.application.TrafficLogService;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.security.filters.FilterSlot;
import io.algogate.security.filters.RequestMetrics;
import io.algogate.security.filters.RouteClass;
import io.algogate.security.filters.RouteClassifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's metrics in MicroProfile Metrics' application registry, which Liberty serves at
 * {@code /metrics} on the management endpoint (D12). Requests are counted by status and refusals by
 * the layer that refused them, as the {@code TrafficLogFilter} reports them; order routes also feed a
 * latency histogram. The counters other parts already keep (Argon2 verifications, API key checks,
 * traffic-log drops) are exposed as gauges read when scraped, so nothing is counted twice.
 */
@ApplicationScoped
public class GatewayMetrics implements RequestMetrics {

    static final String REQUESTS = "algogate.requests";
    static final String REFUSALS = "algogate.filter.refusals";
    static final String ORDER_LATENCY = "algogate.order.latency";

    @Inject
    MetricRegistry registry;

    @Inject
    TrafficLogService trafficLog;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    GatewayCrypto crypto;

    /** The registry's metrics, looked up once: a look-up builds IDs and tags, which every request would pay. */
    private final Map<Integer, Counter> requestsByStatus = new ConcurrentHashMap<>();
    private final Map<FilterSlot, Counter> refusalsByLayer = new ConcurrentHashMap<>();
    private volatile Histogram orderLatency;

    /** Registered at start so a scrape shows them (at zero) before the first request. */
    void registerGauges(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge("algogate.traffic_log.dropped", trafficLog, TrafficLogService::dropped);
        registry.gauge("algogate.traffic_log.queued", trafficLog, TrafficLogService::queued);
        registry.gauge("algogate.argon2.verifications", crypto, c -> c.hasher().verifications());
        registry.gauge("algogate.api_key.checks", apiKeys, ApiKeyService::keyChecks);
        registry.gauge("algogate.api_key.argon2_verifications", apiKeys, ApiKeyService::argon2Verifications);
        registry.gauge("algogate.api_key.cache_hit_ratio", apiKeys,
                keys -> cacheHitRatio(keys.keyChecks(), keys.argon2Verifications()));
        orderLatency = registry.histogram(orderLatency());
    }

    @Override
    public void completed(String path, int status, long millis, Optional<FilterSlot> refusedBy) {
        requestsByStatus.computeIfAbsent(status,
                code -> registry.counter(REQUESTS, new Tag("status", Integer.toString(code)))).inc();
        refusedBy.ifPresent(layer -> refusalsByLayer.computeIfAbsent(layer,
                slot -> registry.counter(REFUSALS, new Tag("layer", layerName(slot)))).inc());
        if (isOrderRoute(path)) {
            Histogram latency = orderLatency;
            (latency != null ? latency : registry.histogram(orderLatency())).update(millis);
        }
    }

    /** The share of key checks the verdict cache answered without an Argon2 verification. */
    static double cacheHitRatio(long checks, long argon2Verifications) {
        return checks == 0 ? 0.0 : Math.max(0, checks - argon2Verifications) / (double) checks;
    }

    /** The refusal's layer as a metric tag: the filter slot's name in lower case ({@code ip_ban}). */
    static String layerName(FilterSlot layer) {
        return layer.name().toLowerCase(Locale.ROOT);
    }

    /** The order routes of the rate limits' ORDER and SMART classes (placeorder, modifyorder, ...). */
    static boolean isOrderRoute(String path) {
        return RouteClassifier.classify("POST", path, false)
                .filter(routeClass -> routeClass == RouteClass.ORDER || routeClass == RouteClass.SMART)
                .isPresent();
    }

    private static Metadata orderLatency() {
        return Metadata.builder().withName(ORDER_LATENCY).withUnit(MetricUnits.MILLISECONDS)
                .withDescription("Time to answer an order request, filters included").build();
    }
}
