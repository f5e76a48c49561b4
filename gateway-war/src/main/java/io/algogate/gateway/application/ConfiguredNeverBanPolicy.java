package io.algogate.gateway.application;

import io.algogate.gateway.infrastructure.config.GatewaySettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Never bans the loopback addresses (127.0.0.0/8, ::1, "localhost") nor the addresses and networks in
 * {@value #NEVER_BAN}, a comma list of addresses and CIDRs (say, a Docker bridge such as 172.17.0.1,
 * which OpenAlgo's issue #2015 shows can otherwise lock everyone out).
 *
 * <p>Addresses are parsed as literals only, never resolved: a ban decision must not wait on DNS.
 * The CIDR matching here is a stopgap until the security filters' IpAddresses offers it.
 */
@ApplicationScoped
public class ConfiguredNeverBanPolicy implements NeverBanPolicy {

    public static final String NEVER_BAN = "algogate.security.never-ban";

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    @Inject
    GatewaySettings settings;

    private List<Network> configured = List.of();

    @PostConstruct
    void init() {
        List<Network> networks = new ArrayList<>();
        for (String entry : settings.optional(NEVER_BAN).orElse("").split(",")) {
            String trimmed = entry.trim();
            if (!trimmed.isEmpty()) {
                networks.add(Network.parse(trimmed).orElseThrow(() -> new IllegalStateException(
                        NEVER_BAN + " holds '" + trimmed + "', which is neither an IP address nor a CIDR")));
            }
        }
        configured = List.copyOf(networks);
    }

    @Override
    public boolean protects(String clientKey) {
        if (clientKey == null) {
            return false;
        }
        if (clientKey.equalsIgnoreCase("localhost")) {
            return true;
        }
        // An IPv6 client key may name its /64 ("2001:db8::/64"): judge it by its network address.
        String address = clientKey.contains("/") ? clientKey.substring(0, clientKey.indexOf('/')) : clientKey;
        Optional<InetAddress> parsed = parseLiteral(address);
        return parsed.isPresent() && (parsed.get().isLoopbackAddress()
                || configured.stream().anyMatch(network -> network.contains(parsed.get())));
    }

    /**
     * The address if the text is an IPv4 or IPv6 literal. IPv4 is decoded by hand because
     * {@link InetAddress#getByName} looks up anything it cannot read as a literal (such as 999.1.1.1);
     * a text with a colon and only hex digits, colons and dots is read as IPv6, never looked up.
     * IPv4-mapped IPv6 addresses come back as IPv4.
     */
    private static Optional<InetAddress> parseLiteral(String text) {
        try {
            var ipv4 = IPV4.matcher(text);
            if (ipv4.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(ipv4.group(i + 1));
                    if (octet > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) octet;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            if (IPV6.matcher(text).matches()) {
                return Optional.of(InetAddress.getByName(text));
            }
        } catch (UnknownHostException e) {
            // not a valid literal
        }
        return Optional.empty();
    }

    /** An address with a prefix length; a bare address is a network of one. */
    private record Network(byte[] address, int prefixLength) {

        static Optional<Network> parse(String text) {
            int slash = text.indexOf('/');
            Optional<InetAddress> address = parseLiteral(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int maxLength = bytes.length * 8;
            if (slash < 0) {
                return Optional.of(new Network(bytes, maxLength));
            }
            try {
                int prefixLength = Integer.parseInt(text.substring(slash + 1));
                return prefixLength >= 0 && prefixLength <= maxLength
                        ? Optional.of(new Network(bytes, prefixLength)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        boolean contains(InetAddress candidate) {
            byte[] other = candidate.getAddress();
            if (other.length != address.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (other[i] != address[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = (0xFF << (8 - remainingBits)) & 0xFF;
            return (other[fullBytes] & mask) == (address[fullBytes] & mask);
        }
    }
}
