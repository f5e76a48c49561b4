package io.algogate.gateway.interfaces.stream;

import io.algogate.broker.spi.MarketStream;
import io.algogate.broker.spi.OrderUpdateStream;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.domain.UserRepository;
import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.gateway.infrastructure.plugins.ActiveBrokerChanged;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import io.algogate.security.filters.ApiKeyVerifier;
import io.algogate.security.filters.AsciiCase;
import io.algogate.security.filters.SecurityHeadersPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The gateway side of streaming: the two fan-outs over the active broker's {@link MarketStream} and
 * {@link OrderUpdateStream}, the settings, and a {@link StreamSession} per socket with its
 * authentication deadline on the container's scheduler. Created at start-up so a bad setting stops
 * the start.
 */
@ApplicationScoped
public class StreamHub {

    @Inject
    GatewaySettings settings;

    @Inject
    ApiKeyVerifier verifier;

    @Inject
    BrokerPluginHost brokers;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private StreamSettings streamSettings;
    private String allowedOrigin;
    private MarketDataFanOut market;
    private OrderUpdateFanOut orders;
    private final LiveSockets sockets = new LiveSockets();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        streamSettings = StreamSettings.fromConfig(settings::optional);
        allowedOrigin = originOf(settings.optional(SecurityHeadersPolicy.PUBLIC_BASE_URL_KEY)
                .orElse(SecurityHeadersPolicy.DEFAULT_PUBLIC_BASE_URL));
        market = new MarketDataFanOut((topic, listener) -> brokers.activeAdapter().capability(MarketStream.class)
                .subscribe(Set.of(topic.symbol()), topic.mode(), listener), StreamMessages::marketData);
        orders = new OrderUpdateFanOut(listener -> brokers.activeAdapter().capability(OrderUpdateStream.class)
                .subscribe(listener), (update, user) -> StreamMessages.orderUpdate(update, brokerId(), user));
    }

    /**
     * A new socket's conversation, closed with 4401 unless it authenticates within the timeout; one
     * whose handshake carried a live dashboard session starts authenticated as its user.
     */
    Opened open(OutboundQueue.Transport transport, OptionalLong dashboardUser) {
        OutboundQueue out = new OutboundQueue(transport, streamSettings.queueCapacity());
        StreamSession session = new StreamSession(out, new StreamServices(verifier, market, orders, brokerId(),
                this::userName, clock, streamSettings.maxSubscriptions()));
        ScheduledFuture<?> deadline = scheduler.schedule(session::authDeadlinePassed,
                streamSettings.authTimeout().toMillis(), TimeUnit.MILLISECONDS);
        sockets.opened(out);
        dashboardUser.ifPresent(userId -> session.authenticatedBySession(userName(userId)));
        return new Opened(session, deadline, () -> sockets.closed(out));
    }

    /** A socket's session and its authentication deadline, cancelled when the socket closes. */
    record Opened(StreamSession session, ScheduledFuture<?> deadline, Runnable forget) {
        void closed() {
            deadline.cancel(false);
            session.closed();
            forget.run();
        }
    }

    /**
     * The previous broker's adapter is closed, and with it every upstream subscription: the fan-outs
     * let go of them and every socket is closed with 1012, so clients reconnect to the new broker
     * instead of waiting for ticks that will never come.
     */
    void brokerChanged(@Observes ActiveBrokerChanged changed) {
        if (market != null) {
            market.closeAll();
            orders.closeAll();
            sockets.closeAllForBrokerChange();
        }
    }

    /** Closing must not block the thread that found a client too slow (a tick thread): it runs here. */
    void runLater(Runnable work) {
        scheduler.execute(work);
    }

    /**
     * Browsers send an Origin; only the gateway's own page ({@code algogate.public-base-url}) may open
     * a socket from one, so another site cannot ride a user's browser into it. Clients that are not
     * browsers (OpenAlgo's Python, Node and Java clients) send no Origin and are let through: the API
     * key is their credential, exactly as on the REST API.
     */
    boolean originAllowed(String origin) {
        return origin == null || origin.isBlank() || allowedOrigin.equals(normalizedOrigin(origin));
    }

    @PreDestroy
    void stop() {
        if (market != null) {
            market.closeAll();
            orders.closeAll();
        }
    }

    private String brokerId() {
        return brokers.activePlugin().id();
    }

    private String userName(long userId) {
        return users.findById(userId).map(UserAccount::getUsername).orElse(Long.toString(userId));
    }

    static String originOf(String baseUrl) {
        URI uri = URI.create(baseUrl.trim());
        return normalizedOrigin(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    /** Scheme and host in lower case, the scheme's default port dropped. */
    static String normalizedOrigin(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = AsciiCase.lower(uri.getScheme());
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            return scheme + "://" + AsciiCase.lower(uri.getHost()) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
