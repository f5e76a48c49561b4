package io.algogate.security.filters;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Address parsing for the security layers: literal addresses only, canonical text, IPv4-mapped IPv6
 * unwrapped to IPv4, CIDR matching, and the client key that groups an IPv6 client's /64.
 *
 * <p>Text is parsed here into bytes and only then handed to {@link InetAddress#getByAddress}, which
 * never resolves names. {@code InetAddress.getByName} is never called: given a header value such as
 * {@code evil.example}, it would make a DNS lookup that a client controls.
 */
public final class IpAddresses {

    private static final int IPV4_BYTES = 4;
    private static final int IPV6_BYTES = 16;
    private static final int IPV6_GROUPS = 8;
    private static final int CLIENT_KEY_IPV6_PREFIX = 64;
    private static final int MAX_LITERAL_LENGTH = 64;

    private IpAddresses() {
    }

    /**
     * The address a text names, if it is an IPv4 dotted quad or an IPv6 literal (optionally in
     * brackets). Host names, ports, zone ids and anything else give empty. IPv4-mapped IPv6 comes
     * back as IPv4.
     */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.length() > MAX_LITERAL_LENGTH) {
            return Optional.empty();
        }
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
            if (literal.indexOf(':') < 0) {
                return Optional.empty();
            }
        }
        byte[] bytes = literal.indexOf(':') >= 0 ? parseIpv6(literal) : parseIpv4(literal);
        return bytes == null ? Optional.empty() : Optional.of(fromBytes(bytes));
    }

    /** The canonical text of a literal address ({@code 2001:db8::1}, {@code 1.2.3.4}), if it is one. */
    public static Optional<String> normalise(String text) {
        return parse(text).map(IpAddresses::toText);
    }

    /** Canonical text: dotted quad for IPv4, RFC 5952 (lower case, longest zero run as ::) for IPv6. */
    public static String toText(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == IPV4_BYTES) {
            return address.getHostAddress();
        }
        int[] groups = new int[IPV6_GROUPS];
        for (int i = 0; i < IPV6_GROUPS; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1; // RFC 5952: a single zero group is not shortened
        for (int i = 0; i < IPV6_GROUPS; i++) {
            int length = 0;
            while (i + length < IPV6_GROUPS && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
            i += length;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < IPV6_GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /** Whether the text is a literal loopback address (127.0.0.0/8, ::1, or 127.x mapped into IPv6). */
    public static boolean isLoopback(String address) {
        return parse(address).map(InetAddress::isLoopbackAddress).orElse(false);
    }

    /**
     * The key a client is counted, limited and banned by: an IPv4 address as it is, an IPv6 address
     * as its /64 (one subscriber usually holds a whole /64, so single addresses would be free to
     * rotate), anything unparseable as given.
     */
    public static String clientKey(String address) {
        Optional<InetAddress> parsed = parse(address);
        if (parsed.isEmpty()) {
            return address;
        }
        InetAddress inet = parsed.get();
        if (inet instanceof Inet4Address) {
            return toText(inet);
        }
        return toText(fromBytes(mask(inet.getAddress(), CLIENT_KEY_IPV6_PREFIX))) + "/" + CLIENT_KEY_IPV6_PREFIX;
    }

    /** A comma-separated list of CIDRs; blanks between commas are ignored. */
    public static List<Cidr> parseList(String commaSeparated) {
        List<Cidr> list = new ArrayList<>();
        if (commaSeparated != null) {
            for (String part : commaSeparated.split(",")) {
                if (!part.isBlank()) {
                    list.add(Cidr.parse(part));
                }
            }
        }
        return List.copyOf(list);
    }

    /**
     * A network: {@code 10.0.0.0/8}, {@code 2001:db8::/32}. A bare address is a network of one.
     *
     * @param network the network address; host bits are cleared
     * @param prefixLength the number of leading bits that must match
     */
    public record Cidr(InetAddress network, int prefixLength) {

        public Cidr {
            int bits = network.getAddress().length * 8;
            if (prefixLength < 0 || prefixLength > bits) {
                throw new IllegalArgumentException("Prefix length " + prefixLength + " is outside 0.." + bits);
            }
            network = fromBytes(mask(network.getAddress(), prefixLength)); // so contains() can compare bytes
        }

        /** Parses {@code address/prefix} or a bare address; throws IllegalArgumentException otherwise. */
        public static Cidr parse(String text) {
            String trimmed = text == null ? "" : text.strip();
            int slash = trimmed.indexOf('/');
            String addressText = slash < 0 ? trimmed : trimmed.substring(0, slash);
            byte[] bytes = IpAddresses.parse(addressText).map(InetAddress::getAddress).orElseThrow(() ->
                    new IllegalArgumentException("'" + text + "' is not a CIDR such as 10.0.0.0/8 or 2001:db8::/32:"
                            + " the address must be a literal IPv4 or IPv6 address, not a host name"));
            int prefix = slash < 0 ? bytes.length * 8 : prefixLength(trimmed.substring(slash + 1), text);
            if (slash >= 0 && bytes.length == IPV4_BYTES && addressText.indexOf(':') >= 0) {
                // ::ffff:10.0.0.0/104 was unwrapped to IPv4; its prefix counted the 96 mapping bits
                prefix -= IPV6_BYTES * 8 - IPV4_BYTES * 8;
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("'" + text + "' has a prefix length outside 0.." + bytes.length * 8);
            }
            byte[] masked = mask(bytes, prefix);
            if (!Arrays.equals(bytes, masked)) {
                throw new IllegalArgumentException("'" + text + "' has bits set after its prefix; did you mean "
                        + toText(fromBytes(masked)) + "/" + prefix + "?");
            }
            return new Cidr(fromBytes(masked), prefix);
        }

        private static int prefixLength(String digits, String whole) {
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("'" + whole + "' has no valid prefix length after '/'");
            }
            return Integer.parseInt(digits);
        }

        /** Whether a literal address lies in this network; IPv4-mapped IPv6 matches IPv4 networks. */
        public boolean contains(String address) {
            return IpAddresses.parse(address).map(this::contains).orElse(false);
        }

        public boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            byte[] own = network.getAddress();
            return candidate.length == own.length && Arrays.equals(mask(candidate, prefixLength), own);
        }

        @Override
        public String toString() {
            return toText(network) + "/" + prefixLength;
        }
    }

    private static byte[] mask(byte[] address, int prefixLength) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int bitsKept = Math.max(0, Math.min(8, prefixLength - i * 8));
            masked[i] &= (byte) (0xff << (8 - bitsKept));
        }
        return masked;
    }

    /** Wraps bytes without any lookup; getByAddress turns IPv4-mapped IPv6 into Inet4Address itself. */
    private static InetAddress fromBytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("Address of " + bytes.length + " bytes", impossible);
        }
    }

    /** Four decimal octets 0-255; leading zeros are refused, since some parsers read them as octal. */
    private static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != IPV4_BYTES) {
            return null;
        }
        byte[] bytes = new byte[IPV4_BYTES];
        for (int i = 0; i < IPV4_BYTES; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    /** Eight hex groups, one {@code ::} allowed, an embedded IPv4 quad allowed as the last 32 bits. */
    private static byte[] parseIpv6(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        List<Integer> head = doubleColon < 0
                ? parseGroups(text, true)
                : parseGroups(text.substring(0, doubleColon), false);
        List<Integer> tail = doubleColon < 0 ? List.of() : parseGroups(text.substring(doubleColon + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int given = head.size() + tail.size();
        if (doubleColon < 0 ? given != IPV6_GROUPS : given >= IPV6_GROUPS) {
            return null;
        }
        byte[] bytes = new byte[IPV6_BYTES];
        int index = 0;
        for (int group : head) {
            bytes[index++] = (byte) (group >> 8);
            bytes[index++] = (byte) group;
        }
        index = IPV6_BYTES - tail.size() * 2;
        for (int group : tail) {
            bytes[index++] = (byte) (group >> 8);
            bytes[index++] = (byte) group;
        }
        return bytes;
    }

    /** Colon-separated hex groups; the last may be a dotted quad (two groups) when it ends the address. */
    private static List<Integer> parseGroups(String text, boolean endsAddress) {
        List<Integer> groups = new ArrayList<>();
        if (text.isEmpty()) {
            return groups;
        }
        String[] parts = text.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (endsAddress && i == parts.length - 1 && part.indexOf('.') >= 0) {
                byte[] ipv4 = parseIpv4(part);
                if (ipv4 == null) {
                    return null;
                }
                groups.add(((ipv4[0] & 0xff) << 8) | (ipv4[1] & 0xff));
                groups.add(((ipv4[2] & 0xff) << 8) | (ipv4[3] & 0xff));
            } else if (part.isEmpty() || part.length() > 4 || !isHex(part)) {
                return null;
            } else {
                groups.add(Integer.parseInt(part, 16));
            }
        }
        return groups;
    }

    private static boolean isHex(String text) {
        return text.toLowerCase(Locale.ROOT).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
