package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.GatewaySetting;
import io.algogate.gateway.domain.GatewaySettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Run-time settings in the main database. */
@ApplicationScoped
@Transactional
public class JpaGatewaySettingRepository implements GatewaySettingRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public Optional<String> value(String name) {
        return Optional.ofNullable(em.find(GatewaySetting.class, name)).map(GatewaySetting::getValue);
    }

    @Override
    public void put(GatewaySetting setting) {
        em.merge(setting);
    }
}
