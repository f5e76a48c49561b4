package io.algogate.gateway.domain;

/** Recent 404s per client. */
public interface NotFoundTrackRepository extends ClientKeyedRepository<NotFoundTrack> {
}
