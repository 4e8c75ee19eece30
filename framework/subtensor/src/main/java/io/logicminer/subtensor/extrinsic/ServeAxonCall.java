package io.logicminer.subtensor.extrinsic;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arguments of {@code SubtensorModule.serve_axon}: where this miner's axon listens. The address is the IPv4 or
 * IPv6 address as an unsigned integer ({@code ip_type} 4 or 6). The checks mirror subtensor's
 * {@code validate_axon_data}/{@code is_valid_ip_address} (port 0, address 0, loopback, {@code 255.255.255.255} and
 * the all-ones IPv6 address are refused there), so a bad axon is reported before a transaction is paid for.
 *
 * <p>{@code version} follows the bittensor SDK's {@code version_as_int}: {@code major*1_000_000 + minor*1_000 +
 * patch}. {@link #SDK_VERSION} claims compatibility with bittensor SDK 10.2.0 ({@code bittensor/core/settings.py}
 * at opentensor/bittensor bb526e6), so {@link #DEFAULT_VERSION} is {@code 10_002_000}.
 */
public record ServeAxonCall(int netuid, long version, BigInteger ip, int port, int ipType, int protocol,
                            int placeholder1, int placeholder2) {

    /** The bittensor SDK version the published axon version claims. */
    public static final String SDK_VERSION = "10.2.0";
    /** {@code version_as_int} of {@link #SDK_VERSION}. */
    public static final long DEFAULT_VERSION = versionAsInt(SDK_VERSION);
    /** The protocol number the SDK publishes for axons ({@code serve_axon_extrinsic}: 4). */
    public static final int DEFAULT_PROTOCOL = 4;

    private static final BigInteger U32_MAX = BigInteger.valueOf(0xffff_ffffL);
    private static final BigInteger U128_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    public ServeAxonCall {
        if (netuid < 0 || netuid > 0xffff) {
            throw new IllegalArgumentException("netuid must be 0..65535, got " + netuid);
        }
        if (version < 0 || version > 0xffff_ffffL) {
            throw new IllegalArgumentException("axon version must fit u32, got " + version);
        }
        if (port < 1 || port > 0xffff) {
            throw new IllegalArgumentException("axon port must be 1..65535, got " + port
                + " (the chain refuses port 0 as InvalidPort)");
        }
        if (ipType != 4 && ipType != 6) {
            throw new IllegalArgumentException("ip_type must be 4 or 6, got " + ipType);
        }
        if (ip == null || ip.signum() <= 0 || ip.compareTo(U128_MAX) > 0) {
            throw new IllegalArgumentException("axon ip must be a non-zero unsigned 128-bit integer, got " + ip);
        }
        if (ipType == 4 && (ip.compareTo(U32_MAX) >= 0 || ip.longValue() == 0x7f000001L)) {
            throw new IllegalArgumentException("axon IPv4 address " + ip + " is refused by the chain (loopback "
                + "127.0.0.1, 255.255.255.255 or not an IPv4 address): publish a public address");
        }
        if (ipType == 6 && (ip.equals(U128_MAX) || ip.equals(BigInteger.ONE))) {
            throw new IllegalArgumentException("axon IPv6 address " + ip + " is refused by the chain (::1 or "
                + "all ones): publish a public address");
        }
        for (int b : new int[] {protocol, placeholder1, placeholder2}) {
            if (b < 0 || b > 0xff) {
                throw new IllegalArgumentException("protocol and placeholders are u8, got " + b);
            }
        }
    }

    /** An axon at {@code address:port} on {@code netuid}, with the default version and protocol. */
    public static ServeAxonCall of(int netuid, InetAddress address, int port) {
        int ipType = address instanceof Inet4Address ? 4 : 6;
        if (!(address instanceof Inet4Address) && !(address instanceof Inet6Address)) {
            throw new IllegalArgumentException("unsupported address " + address);
        }
        return new ServeAxonCall(netuid, DEFAULT_VERSION, new BigInteger(1, address.getAddress()), port, ipType,
            DEFAULT_PROTOCOL, 0, 0);
    }

    /** {@code version_as_int("10.2.0") == 10_002_000}; each part must be below 1000, as the SDK asserts. */
    public static long versionAsInt(String version) {
        String[] parts = version.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("version must be major.minor.patch, got '" + version + "'");
        }
        long out = 0;
        for (String part : parts) {
            int v = Integer.parseInt(part);
            if (v < 0 || v >= 1000) {
                throw new IllegalArgumentException("version parts must be 0..999, got '" + version + "'");
            }
            out = out * 1000 + v;
        }
        return out;
    }

    /** The call arguments by field name, for {@link ExtrinsicBuilder#sign}. */
    public Map<String, Object> toArgs() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("netuid", BigInteger.valueOf(netuid));
        args.put("version", BigInteger.valueOf(version));
        args.put("ip", ip);
        args.put("port", BigInteger.valueOf(port));
        args.put("ip_type", BigInteger.valueOf(ipType));
        args.put("protocol", BigInteger.valueOf(protocol));
        args.put("placeholder1", BigInteger.valueOf(placeholder1));
        args.put("placeholder2", BigInteger.valueOf(placeholder2));
        return args;
    }

    /** The address as text ({@code 203.0.113.7} or an IPv6 literal). */
    public String ipString() {
        byte[] raw = ip.toByteArray();
        int length = ipType == 4 ? 4 : 16;
        byte[] bytes = new byte[length];
        for (int i = 0; i < Math.min(length, raw.length); i++) {
            bytes[length - 1 - i] = raw[raw.length - 1 - i];
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs {@code SubtensorModule.serve_axon} with these arguments. */
    public SignedExtrinsic sign(ExtrinsicBuilder builder, Sr25519Keypair hotkey,
                                TransactionParams params) {
        return builder.sign("SubtensorModule", "serve_axon", toArgs(), hotkey, params);
    }
}
