package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.IpBan;
import io.algogate.gateway.domain.IpBanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** IP bans in the logs database, each call in its own transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaIpBanRepository extends JpaClientKeyedRepository<IpBan> implements IpBanRepository {

    public JpaIpBanRepository() {
        super(IpBan.class);
    }
}
