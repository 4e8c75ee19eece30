package io.logicminer.subtensor.serving;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AxonAddressTest {

    @Test
    void ipv4IsItsBigEndianInteger() {
        AxonAddress a = AxonAddress.parse("203.0.113.7");
        assertEquals(4, a.ipType());
        // 203*2^24 + 0*2^16 + 113*2^8 + 7, as the SDK's net.ip_to_int computes it
        assertEquals(BigInteger.valueOf(203L * 16777216 + 113 * 256 + 7), a.ip());
        assertEquals("203.0.113.7", AxonAddress.text(a.ip(), 4));
        assertFalse(a.isUnroutable());
    }

    @Test
    void ipv6RoundTripsInShortForm() {
        AxonAddress a = AxonAddress.parse("2001:db8::8a2e:370:7334");
        assertEquals(6, a.ipType());
        assertEquals(new BigInteger("20010db80000000000008a2e03707334", 16), a.ip());
        assertEquals("2001:db8::8a2e:370:7334", a.text());
        assertEquals("::1", AxonAddress.parse("::1").text());
    }

    @Test
    void wildcardAndLoopbackAreUnroutable() {
        assertTrue(AxonAddress.parse("0.0.0.0").isUnroutable());
        assertTrue(AxonAddress.parse("127.0.0.1").isUnroutable());
        assertTrue(AxonAddress.parse("::").isUnroutable());
        assertTrue(AxonAddress.parse("::1").isUnroutable());
    }

    @Test
    void hostNamesAreRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AxonAddress.parse("miner.example.com"));
        assertTrue(e.getMessage().contains("'miner.example.com'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AxonAddress.parse("300.1.1.1"));
    }

    @Test
    void anUnsetChainAxonReadsAsZeroAddress() {
        assertEquals("0.0.0.0", AxonAddress.text(BigInteger.ZERO, 0));
    }
}
