package io.algogate.gateway.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * OpenAlgo's strategy webhooks, at its path {@code /strategy/webhook/<id>}: outside {@code /api/v1},
 * so no API key is asked for (the webhook id is the credential), with the API's error shapes and
 * order log.
 */
@ApplicationPath("/strategy")
public class WebhookApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(StrategyWebhookResource.class, OrderLogFilter.class, ApiErrorMapper.class,
                BrokerExceptionMapper.class, WebApplicationExceptionMapper.class, UnexpectedErrorMapper.class);
    }
}
