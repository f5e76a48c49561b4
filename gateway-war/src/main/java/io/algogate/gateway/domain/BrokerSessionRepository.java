package io.algogate.gateway.domain;

import java.util.List;
import java.util.Optional;

/** Broker sessions, one per user. */
public interface BrokerSessionRepository {

    Optional<BrokerSessionRecord> findByUserId(long userId);

    BrokerSessionRecord save(BrokerSessionRecord session);

    /** Every user's session (one per user, D1: a handful at most). */
    List<BrokerSessionRecord> findAll();
}
