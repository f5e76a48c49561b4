package io.algogate.gateway.support;

import io.algogate.gateway.domain.BrokerSessionRecord;
import io.algogate.gateway.domain.BrokerSessionRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Broker sessions in a map, one per user, as the JPA repository keeps them; counts writes. */
public final class InMemoryBrokerSessions implements BrokerSessionRepository {

    private final Map<Long, BrokerSessionRecord> byUser = new TreeMap<>();
    public int saves;

    @Override
    public synchronized Optional<BrokerSessionRecord> findByUserId(long userId) {
        return Optional.ofNullable(byUser.get(userId));
    }

    @Override
    public synchronized BrokerSessionRecord save(BrokerSessionRecord session) {
        saves++;
        byUser.put(session.getUserId(), session);
        return session;
    }

    @Override
    public synchronized List<BrokerSessionRecord> findAll() {
        return List.copyOf(byUser.values());
    }
}
