package io.logicminer.subtensor.serving;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * An axon's IP as the chain stores it: an unsigned integer (u128) plus its type, 4 or 6, as the SDK's
 * {@code net.ip_to_int} / {@code net.int_to_ip} convert it.
 */
public record AxonAddress(BigInteger ip, int ipType) {

    private static final BigInteger U128_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    public AxonAddress {
        Objects.requireNonNull(ip, "ip");
        if (ipType != 4 && ipType != 6) {
            throw new IllegalArgumentException("ip_type must be 4 or 6, got " + ipType);
        }
    }

    /**
     * Parses a literal IPv4 or IPv6 address (no host names: the chain stores numbers, and a name resolved here could
     * differ from what validators see).
     *
     * @throws IllegalArgumentException naming {@code text} when it is not an IP literal
     */
    public static AxonAddress parse(String text) {
        InetAddress address = literal(text);
        BigInteger value = new BigInteger(1, address.getAddress());
        return new AxonAddress(value, address instanceof Inet4Address ? 4 : 6);
    }

    /** The address for an integer from the chain; 0 with type 0 (never served) reads as IPv4 0.0.0.0. */
    public static String text(BigInteger ip, int ipType) {
        if (ip.signum() < 0 || ip.compareTo(U128_MAX) > 0) {
            return "0.0.0.0";
        }
        boolean v4 = ipType == 4 || (ipType != 6 && ip.bitLength() <= 32);
        byte[] raw = ip.toByteArray();
        byte[] bytes = new byte[v4 ? 4 : 16];
        int copy = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
        try {
            InetAddress address = InetAddress.getByAddress(bytes);
            String host = address.getHostAddress();
            return address instanceof Inet6Address ? compress(host) : host;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dotted (IPv4) or RFC 5952 (IPv6) text. */
    public String text() {
        return text(ip, ipType);
    }

    /** Whether this is a wildcard (0.0.0.0, ::) or loopback address, which validators cannot reach. */
    public boolean isUnroutable() {
        InetAddress address = toInet();
        return address.isAnyLocalAddress() || address.isLoopbackAddress();
    }

    private InetAddress toInet() {
        return literal(text());
    }

    private static InetAddress literal(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an empty string is not an IP address");
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        boolean looksV4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean looksV6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
        if (!looksV4 && !looksV6) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 or IPv6 address");
        }
        try {
            return InetAddress.getByName(s); // a literal: no DNS lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 or IPv6 address", e);
        }
    }

    /** Java prints IPv6 uncompressed (0:0:0:0:0:0:0:1); the SDK and operators write the short form (::1). */
    private static String compress(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < groups.length && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLength && j - i > 1) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
