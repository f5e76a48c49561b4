package io.algogate.broker.spi;

/** The capability to report whether the broker can be reached and the session is valid. */
public interface HealthCheck {

    /** A cheap check; must not throw, a failure is a {@link BrokerHealth} that is down. */
    BrokerHealth health();
}
