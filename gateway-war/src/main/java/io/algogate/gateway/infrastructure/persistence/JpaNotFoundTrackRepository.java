package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.NotFoundTrack;
import io.algogate.gateway.domain.NotFoundTrackRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** 404 trackers in the logs database, each call in its own transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaNotFoundTrackRepository extends JpaClientKeyedRepository<NotFoundTrack> implements NotFoundTrackRepository {

    public JpaNotFoundTrackRepository() {
        super(NotFoundTrack.class);
    }
}
