package io.algogate.gateway.domain;

import java.util.Optional;

/** The admin's run-time choices, by name. */
public interface GatewaySettingRepository {

    Optional<String> value(String name);

    void put(GatewaySetting setting);
}
