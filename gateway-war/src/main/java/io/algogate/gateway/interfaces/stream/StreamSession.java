package io.algogate.gateway.interfaces.stream;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.gateway.interfaces.stream.MarketDataFanOut.Topic;
import io.algogate.gateway.interfaces.stream.StreamMessages.TopicOutcome;
import io.algogate.security.filters.ApiKeyVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client's conversation in OpenAlgo's protocol: {@code authenticate} first (within the deadline,
 * else close 4401), then subscriptions by instrument and mode, order updates, ping. Every reply and
 * error goes through the client's {@link OutboundQueue}, in OpenAlgo's shapes; a refused message gets
 * an error and the conversation goes on.
 */
final class StreamSession {

    /** OpenAlgo's close code when no {@code authenticate} arrived in time. */
    static final int AUTH_TIMEOUT = 4401;
    static final String AUTH_TIMEOUT_REASON = "auth timeout";

    private final OutboundQueue out;
    private final StreamServices services;
    private final Set<Topic> topics = ConcurrentHashMap.newKeySet();
    private volatile String userName;
    private boolean orders;

    StreamSession(OutboundQueue out, StreamServices services) {
        this.out = Objects.requireNonNull(out, "out");
        this.services = Objects.requireNonNull(services, "services");
    }

    /** One text message from the client. Messages of one socket arrive one at a time. */
    synchronized void onText(String text) {
        try {
            answer(StreamRequestParser.parse(text));
        } catch (StreamProtocolException refused) {
            out.offer(StreamMessages.error(refused.code(), refused.getMessage()));
        }
    }

    /** The authentication deadline passed: a client that has not authenticated is closed. */
    void authDeadlinePassed() {
        if (userName == null) {
            out.close(AUTH_TIMEOUT, AUTH_TIMEOUT_REASON);
        }
    }

    /** The handshake carried a live dashboard session ({@link DashboardSocketLogin}): no key is needed. */
    synchronized void authenticatedBySession(String user) {
        userName = Objects.requireNonNull(user, "user");
        out.offer(StreamMessages.authenticated(services.broker(), userName));
    }

    boolean authenticated() {
        return userName != null;
    }

    /** The socket closed: every subscription of this client is released upstream. */
    synchronized void closed() {
        out.closedByPeer();
        releaseAll();
    }

    private void answer(StreamRequest request) throws StreamProtocolException {
        if (request instanceof StreamRequest.Authenticate authenticate) {
            authenticate(authenticate.apiKey());
            return;
        }
        if (request instanceof StreamRequest.Ping) {
            out.offer(StreamMessages.pong(services.clock().instant()));
            return;
        }
        if (userName == null) {
            throw new StreamProtocolException(StreamProtocolException.NOT_AUTHENTICATED,
                    "Authenticate first: send {\"action\":\"authenticate\",\"api_key\":\"...\"}");
        }
        if (request instanceof StreamRequest.Subscribe subscribe) {
            subscribe(subscribe.symbols(), subscribe.mode());
        } else if (request instanceof StreamRequest.Unsubscribe unsubscribe) {
            unsubscribe(unsubscribe.topics());
        } else if (request instanceof StreamRequest.UnsubscribeAll) {
            out.offer(StreamMessages.unsubscribedAll(releaseAll()));
        } else if (request instanceof StreamRequest.SubscribeOrders) {
            subscribeOrders();
        } else if (request instanceof StreamRequest.UnsubscribeOrders) {
            services.orders().unsubscribe(out);
            orders = false;
            out.offer(StreamMessages.ordersSubscribed(false));
        } else if (request instanceof StreamRequest.BrokerInfo) {
            out.offer(StreamMessages.brokerInfo(services.broker()));
        }
    }

    private void authenticate(String apiKey) throws StreamProtocolException {
        ApiKeyVerifier.Verdict verdict = services.verifier().verify(apiKey);
        switch (verdict.status()) {
            case VALID -> {
                userName = services.userName().apply(verdict.userId());
                out.offer(StreamMessages.authenticated(services.broker(), userName));
            }
            case INVALID -> throw new StreamProtocolException(StreamProtocolException.AUTHENTICATION_ERROR,
                    "Invalid openalgo apikey");
            case BROKER_SESSION_EXPIRED -> throw new StreamProtocolException(
                    StreamProtocolException.AUTHENTICATION_ERROR, "Broker session expired: log in to your broker again");
            case BUSY -> throw new StreamProtocolException(StreamProtocolException.AUTHENTICATION_ERROR,
                    "The server is busy checking keys. Please retry shortly.");
        }
    }

    private void subscribe(List<SymbolRef> symbols, StreamMode mode) {
        List<TopicOutcome> outcomes = new ArrayList<>();
        for (SymbolRef symbol : symbols) {
            Topic topic = new Topic(symbol, mode);
            if (!topics.contains(topic) && topics.size() >= services.maxSubscriptions()) {
                outcomes.add(new TopicOutcome(symbol, mode, "At most " + services.maxSubscriptions()
                        + " subscriptions a connection"));
                continue;
            }
            try {
                services.market().subscribe(topic, out);
                topics.add(topic);
                outcomes.add(TopicOutcome.ok(symbol, mode));
            } catch (BrokerException e) {
                outcomes.add(new TopicOutcome(symbol, mode, brokerMessage(e)));
            }
        }
        out.offer(StreamMessages.subscribed(services.broker(), outcomes));
    }

    private void unsubscribe(List<StreamRequest.Unsubscribe.Topic> requested) {
        List<TopicOutcome> outcomes = new ArrayList<>();
        for (StreamRequest.Unsubscribe.Topic wanted : requested) {
            List<Topic> matching = topics.stream().filter(t -> t.symbol().equals(wanted.symbol())
                    && (wanted.mode() == null || t.mode() == wanted.mode())).toList();
            if (matching.isEmpty()) {
                outcomes.add(new TopicOutcome(wanted.symbol(), wanted.mode(), "Not subscribed"));
            }
            for (Topic topic : matching) {
                services.market().unsubscribe(topic, out);
                topics.remove(topic);
                outcomes.add(TopicOutcome.ok(topic.symbol(), topic.mode()));
            }
        }
        out.offer(StreamMessages.unsubscribed(services.broker(), outcomes));
    }

    private void subscribeOrders() throws StreamProtocolException {
        try {
            services.orders().subscribe(out, userName);
        } catch (BrokerException e) {
            throw new StreamProtocolException(StreamProtocolException.BROKER_ERROR, brokerMessage(e));
        }
        orders = true;
        out.offer(StreamMessages.ordersSubscribed(true));
    }

    private int releaseAll() {
        int released = topics.size();
        for (Topic topic : topics) {
            services.market().unsubscribe(topic, out);
        }
        topics.clear();
        if (orders) {
            services.orders().unsubscribe(out);
            orders = false;
        }
        return released;
    }

    /** The broker's refusal for the client; an unavailable stream says so without internals. */
    private static String brokerMessage(BrokerException e) {
        return switch (e.reason()) {
            case NOT_SUPPORTED -> "The broker does not stream this";
            case REJECTED -> e.getMessage();
            default -> "The broker's stream is unavailable";
        };
    }
}
