package io.logicminer.bittensor.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeccakF1600Test {

    /** SHA3-256 built on our permutation must equal the JDK's, across block boundaries. */
    @Test
    void sha3OnTopOfThePermutationMatchesTheJdk() throws Exception {
        Random random = new Random(1);
        for (int length : new int[] {0, 1, 3, 135, 136, 137, 271, 272, 1000}) {
            byte[] message = new byte[length];
            random.nextBytes(message);
            assertArrayEquals(MessageDigest.getInstance("SHA3-256").digest(message), sha3_256(message),
                "length " + length);
        }
    }

    private static byte[] sha3_256(byte[] message) {
        int rate = 136;
        byte[] state = new byte[200];
        int blocks = message.length / rate + 1;
        byte[] padded = Arrays.copyOf(message, blocks * rate);
        padded[message.length] ^= 0x06;
        padded[padded.length - 1] ^= (byte) 0x80;
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < rate; i++) {
                state[i] ^= padded[b * rate + i];
            }
            KeccakF1600.permute(state);
        }
        return Arrays.copyOf(state, 32);
    }
}
