package io.logicminer.bittensor.crypto;

import java.util.Arrays;

/** Base58 with the Bitcoin alphabet, as SS58 uses. Values here are public (addresses). */
final class Base58 {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Base58() {
    }

    static String encode(byte[] input) {
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        byte[] digits = new byte[input.length * 138 / 100 + 1]; // log(256) / log(58) < 1.38
        int length = 0;
        for (int i = zeros; i < input.length; i++) {
            int carry = input[i] & 0xFF;
            int j = 0;
            for (; (carry != 0 || j < length); j++) {
                carry += 256 * (digits[j] & 0xFF);
                digits[j] = (byte) (carry % 58);
                carry /= 58;
            }
            length = j;
        }
        StringBuilder out = new StringBuilder(zeros + length);
        for (int i = 0; i < zeros; i++) {
            out.append(ALPHABET[0]);
        }
        for (int i = length - 1; i >= 0; i--) {
            out.append(ALPHABET[digits[i]]);
        }
        return out.toString();
    }

    /**
     * @throws IllegalArgumentException naming the first character outside the alphabet and its position
     */
    static byte[] decode(String input) {
        int zeros = 0;
        while (zeros < input.length() && input.charAt(zeros) == ALPHABET[0]) {
            zeros++;
        }
        byte[] bytes = new byte[input.length()]; // log(58) / log(256) < 1
        int length = 0;
        for (int i = zeros; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("'" + c + "' at position " + i
                    + " is not a base58 character (0, O, I and l are not used)");
            }
            int carry = digit;
            int j = 0;
            for (; (carry != 0 || j < length); j++) {
                carry += 58 * (bytes[j] & 0xFF);
                bytes[j] = (byte) carry;
                carry >>>= 8;
            }
            length = j;
        }
        byte[] out = new byte[zeros + length];
        for (int i = 0; i < length; i++) {
            out[zeros + i] = bytes[length - 1 - i];
        }
        return out;
    }
}
