package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.InvalidKeyTrack;
import io.algogate.gateway.domain.InvalidKeyTrackRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Invalid-key trackers in the logs database, each call in its own transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaInvalidKeyTrackRepository extends JpaClientKeyedRepository<InvalidKeyTrack> implements InvalidKeyTrackRepository {

    public JpaInvalidKeyTrackRepository() {
        super(InvalidKeyTrack.class);
    }
}
