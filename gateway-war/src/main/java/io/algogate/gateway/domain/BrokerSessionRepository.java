package io.algogate.gateway.domain;

import java.util.Optional;

/** Broker sessions, one per user. */
public interface BrokerSessionRepository {

    Optional<BrokerSessionRecord> findByUserId(long userId);

    BrokerSessionRecord save(BrokerSessionRecord session);
}
