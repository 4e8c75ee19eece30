package io.logicminer.bittensor.crypto;

/** Lower-case hexadecimal encoding, with the {@code 0x} prefix Substrate and Bittensor use. */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** Lower-case hex without prefix. */
    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >>> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** Lower-case hex with a {@code 0x} prefix. */
    public static String encodePrefixed(byte[] bytes) {
        return "0x" + encode(bytes);
    }

    /**
     * Decodes hex with or without a {@code 0x} prefix, either case.
     *
     * @throws IllegalArgumentException for an odd length or a non-hex character (the message gives the
     *     position, never the value, since hex strings here are often secrets)
     */
    public static byte[] decode(String hex) {
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("hex string has an odd number of digits (" + digits.length() + ")");
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((digit(digits, 2 * i) << 4) | digit(digits, 2 * i + 1));
        }
        return out;
    }

    private static int digit(String s, int index) {
        int d = Character.digit(s.charAt(index), 16);
        if (d < 0) {
            throw new IllegalArgumentException("hex string has a non-hex character at position " + index);
        }
        return d;
    }
}
