package io.algogate.gateway.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The OpenAlgo-compatible API. Its classes are listed so the dashboard's controllers stay out. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OrdersResource.class, AccountResource.class, AnalyzerResource.class, OutOfScopeResource.class,
                GttResource.class, PingResource.class, OptionsResource.class, MarginPnlResource.class,
                MarketDataResource.class, SymbolsResource.class, OptionsAnalyticsResource.class,
                MarketCalendarResource.class,
                OrderLogFilter.class, ApiErrorMapper.class, BrokerExceptionMapper.class,
                WebApplicationExceptionMapper.class, UnexpectedErrorMapper.class);
    }
}
