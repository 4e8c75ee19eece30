package io.logicminer.subtensor.extrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class ServeAxonCallTest {

    @Test
    void versionAsIntFollowsTheSdk() {
        assertEquals(10_002_000, ServeAxonCall.versionAsInt("10.2.0"));
        assertEquals(9_012_003, ServeAxonCall.versionAsInt("9.12.3"));
        assertEquals(10_002_000, ServeAxonCall.DEFAULT_VERSION);
        assertThrows(IllegalArgumentException.class, () -> ServeAxonCall.versionAsInt("1.1000.0"));
        assertThrows(IllegalArgumentException.class, () -> ServeAxonCall.versionAsInt("1.2"));
    }

    @Test
    void ipv4AndIpv6AsIntegers() throws Exception {
        ServeAxonCall v4 = ServeAxonCall.of(35, InetAddress.getByName("203.0.113.7"), 8091);
        assertEquals(4, v4.ipType());
        assertEquals(BigInteger.valueOf((203L << 24) | (113 << 8) | 7), v4.ip());
        assertEquals("203.0.113.7", v4.ipString());
        ServeAxonCall v6 = ServeAxonCall.of(35, InetAddress.getByName("2001:db8::1"), 8091);
        assertEquals(6, v6.ipType());
        assertEquals(new BigInteger("20010db8000000000000000000000001", 16), v6.ip());
        assertEquals("2001:db8:0:0:0:0:0:1", v6.ipString());
        assertEquals(4, v4.protocol());
    }

    @Test
    void whatTheChainRefusesIsRefusedHere() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ServeAxonCall.of(35, InetAddress.getByName("127.0.0.1"), 8091));
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServeAxonCall.of(35, InetAddress.getByName("::1"), 8091));
        assertThrows(IllegalArgumentException.class, () -> ServeAxonCall.of(35, InetAddress.getByName("0.0.0.0"), 1));
        assertThrows(IllegalArgumentException.class,
            () -> ServeAxonCall.of(35, InetAddress.getByName("255.255.255.255"), 1));
        e = assertThrows(IllegalArgumentException.class,
            () -> ServeAxonCall.of(35, InetAddress.getByName("203.0.113.7"), 0));
        assertTrue(e.getMessage().contains("InvalidPort"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> new ServeAxonCall(70000, 1, BigInteger.TEN, 1, 4, 4, 0, 0));
    }
}
