package io.algogate.gateway.application;

import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.security.filters.AsciiCase;
import io.algogate.security.filters.IpAddresses;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Never bans the loopback addresses (127.0.0.0/8, ::1, "localhost") nor the addresses and networks in
 * {@value #NEVER_BAN}, a comma list of addresses and CIDRs (say, a Docker bridge such as 172.17.0.1,
 * which OpenAlgo's issue #2015 shows can otherwise lock everyone out).
 *
 * <p>Addresses are parsed as literals only, never resolved: a ban decision must not wait on DNS.
 */
@ApplicationScoped
public class ConfiguredNeverBanPolicy implements NeverBanPolicy {

    public static final String NEVER_BAN = "algogate.security.never-ban";

    @Inject
    GatewaySettings settings;

    private List<IpAddresses.Cidr> configured = List.of();

    @PostConstruct
    void init() {
        try {
            configured = IpAddresses.parseList(settings.optional(NEVER_BAN).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(NEVER_BAN + " is invalid: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean protects(String clientKey) {
        if (clientKey == null) {
            return false;
        }
        if (AsciiCase.equalsIgnoreCase(clientKey, "localhost")) {
            return true;
        }
        // An IPv6 client key may name its /64 ("2001:db8::/64"): judge it by its network address.
        String address = clientKey.contains("/") ? clientKey.substring(0, clientKey.indexOf('/')) : clientKey;
        return IpAddresses.isLoopback(address) || configured.stream().anyMatch(network -> network.contains(address));
    }
}
