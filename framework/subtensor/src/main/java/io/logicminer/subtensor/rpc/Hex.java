package io.logicminer.subtensor.rpc;

import java.util.HexFormat;

/** Substrate's hex: "0x" then lowercase hex digits. */
final class Hex {
    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    static String encode(byte[] bytes) {
        return "0x" + HEX.formatHex(bytes);
    }

    /** @param what names the value for the error message, e.g. "state_call result" */
    static byte[] decode(String hex, String what) {
        if (hex == null || !hex.startsWith("0x") || (hex.length() & 1) != 0) {
            throw new RpcException(what + " is not 0x-prefixed hex of whole bytes: " + abbreviate(hex));
        }
        try {
            return HEX.parseHex(hex, 2, hex.length());
        } catch (IllegalArgumentException e) {
            throw new RpcException(what + " is not 0x-prefixed hex of whole bytes: " + abbreviate(hex), e);
        }
    }

    private static String abbreviate(String hex) {
        return hex == null ? "null" : hex.length() <= 80 ? '"' + hex + '"' : '"' + hex.substring(0, 80) + "...\"";
    }
}
