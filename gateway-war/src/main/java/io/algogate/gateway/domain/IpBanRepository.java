package io.algogate.gateway.domain;

/** IP bans, one row per client key, kept after they end so repeat offences can be counted. */
public interface IpBanRepository extends ClientKeyedRepository<IpBan> {
}
