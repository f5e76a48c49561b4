package io.algogate.gateway.domain;

import java.util.List;
import java.util.Optional;

/** Webhook strategies, in the main database. */
public interface StrategyRepository {

    Strategy add(Strategy strategy);

    Strategy save(Strategy strategy);

    Optional<Strategy> findById(long id);

    Optional<Strategy> findByWebhookId(String webhookId);

    /** Every strategy, oldest first. */
    List<Strategy> findAll();

    /** @return whether there was one to delete */
    boolean delete(long id);
}
