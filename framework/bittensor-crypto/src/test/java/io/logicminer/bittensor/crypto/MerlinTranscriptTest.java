package io.logicminer.bittensor.crypto;

import static io.logicminer.bittensor.crypto.MerlinTranscript.ascii;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MerlinTranscriptTest {

    /** merlin's published "simple" vector. */
    @Test
    void simpleTranscriptVector() {
        MerlinTranscript t = new MerlinTranscript(ascii("test protocol"));
        t.appendMessage(ascii("some label"), ascii("some data"));
        assertEquals("d5a21972d0d5fe320c0d263fac7fffb8145aa640af6e9bca177c03c7efcf0615",
            Hex.encode(t.challengeBytes(ascii("challenge"), 32)));
    }

    /** merlin's published "complex" vector: 1 KiB messages cross many STROBE blocks. */
    @Test
    void complexTranscriptVector() {
        MerlinTranscript t = new MerlinTranscript(ascii("test protocol"));
        t.appendMessage(ascii("step1"), ascii("some data"));
        byte[] data = new byte[1024];
        Arrays.fill(data, (byte) 0x63);
        byte[] challenge = null;
        for (int i = 0; i < 32; i++) {
            challenge = t.challengeBytes(ascii("challenge"), 32);
            t.appendMessage(ascii("bigdata"), data);
            t.appendMessage(ascii("challengedata"), challenge);
        }
        assertEquals("a8c933f54fae76e3f9bea93648c1308e7dfa2152dd51674ff3ca438351cf003c", Hex.encode(challenge));
    }

    @Test
    void copyIsIndependent() {
        MerlinTranscript a = new MerlinTranscript(ascii("p"));
        MerlinTranscript b = a.copy();
        a.appendMessage(ascii("l"), ascii("x"));
        b.appendMessage(ascii("l"), ascii("x"));
        assertArrayEquals(a.copy().challengeBytes(ascii("c"), 64), b.copy().challengeBytes(ascii("c"), 64));
        a.appendMessage(ascii("l"), ascii("y"));
        assertFalse(Arrays.equals(a.challengeBytes(ascii("c"), 8), b.challengeBytes(ascii("c"), 8)));
    }

    @Test
    void witnessBytesDependOnTheRandomnessAndLeaveTheTranscriptUntouched() {
        MerlinTranscript t = new MerlinTranscript(ascii("p"));
        byte[] before = t.copy().challengeBytes(ascii("c"), 32);
        byte[] w1 = new byte[32];
        byte[] w2 = new byte[32];
        SecureRandom random = new SecureRandom();
        t.witnessBytes(ascii("w"), w1, new byte[][] {new byte[32]}, random);
        t.witnessBytes(ascii("w"), w2, new byte[][] {new byte[32]}, random);
        assertFalse(Arrays.equals(w1, w2));
        assertArrayEquals(before, t.challengeBytes(ascii("c"), 32));
    }
}
