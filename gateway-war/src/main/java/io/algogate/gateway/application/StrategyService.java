package io.algogate.gateway.application;

import io.algogate.gateway.domain.OrderLogQuery;
import io.algogate.gateway.domain.Strategy;
import io.algogate.gateway.domain.StrategyRepository;
import io.algogate.gateway.domain.SymbolMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Webhook strategies: the admin's changes, and what a webhook needs to know of its strategy. */
@ApplicationScoped
public class StrategyService {

    @Inject
    StrategyRepository strategies;

    @Inject
    Clock clock;

    /** A new strategy of the owner, under a fresh random webhook id (a UUID4, OpenAlgo's format). */
    public Strategy create(long ownerId, StrategyDefinition definition) {
        Strategy strategy = new Strategy(definition.name(), ownerId, UUID.randomUUID().toString(), clock.instant());
        apply(strategy, definition);
        return strategies.add(strategy);
    }

    public Optional<Strategy> update(long id, StrategyDefinition definition) {
        return strategies.findById(id).map(strategy -> {
            apply(strategy, definition);
            return strategies.save(strategy);
        });
    }

    public Optional<Strategy> putMapping(long id, SymbolMapping mapping) {
        return strategies.findById(id).map(strategy -> {
            strategy.putMapping(mapping, clock.instant());
            return strategies.save(strategy);
        });
    }

    /** @return the strategy after the removal, or empty when it or its mapping did not exist */
    public Optional<Strategy> removeMapping(long id, String symbol) {
        return strategies.findById(id).filter(strategy -> strategy.removeMapping(symbol, clock.instant()))
                .map(strategies::save);
    }

    public boolean delete(long id) {
        return strategies.delete(id);
    }

    public List<Strategy> list() {
        return strategies.findAll();
    }

    public Optional<Strategy> find(long id) {
        return strategies.findById(id);
    }

    /**
     * The strategy a webhook id names. Anything that is not a UUID names none, so a guess of another
     * shape costs no database query.
     */
    public Optional<Strategy> findByWebhookId(String webhookId) {
        try {
            UUID.fromString(webhookId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        return strategies.findByWebhookId(webhookId);
    }

    /** Why the strategy may not place this order now (outside its intraday window), or empty. */
    public Optional<String> windowRefusal(Strategy strategy, boolean exit) {
        LocalTime nowInIndia = clock.instant().atZone(OrderLogQuery.IST).toLocalTime();
        return strategy.intradayWindow().flatMap(window -> window.refusal(nowInIndia, exit));
    }

    private void apply(Strategy strategy, StrategyDefinition definition) {
        strategy.redefine(definition.name(), definition.tradingMode(), definition.intradayWindow(), definition.active(),
                definition.symbolMappings(), clock.instant());
    }
}
