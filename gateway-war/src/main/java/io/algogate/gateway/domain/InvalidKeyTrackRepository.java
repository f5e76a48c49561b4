package io.algogate.gateway.domain;

/** Recent invalid API keys per client. */
public interface InvalidKeyTrackRepository extends ClientKeyedRepository<InvalidKeyTrack> {
}
