package io.logicminer.subtensor.codec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.scale.ScaleDecodeException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Corrupted input, random or cut short, decodes or fails with a {@link ScaleDecodeException}: never another
 * exception, an allocation sized by the input, or a hang.
 */
class HostileInputTest {

    private final RuntimeMetadata md = TestResources.finney();

    @Test
    void mutatedMetadataFailsCleanly() {
        byte[] original = TestResources.finneyBytes();
        Random random = new Random(1);
        int failures = 0;
        for (int i = 0; i < 80; i++) {
            byte[] bytes = original.clone();
            for (int m = 0; m < 1 + random.nextInt(4); m++) {
                // mutate inside the first 20 KB (the type registry) where lengths and tags are dense
                bytes[5 + random.nextInt(20_000)] = (byte) random.nextInt(256);
            }
            try {
                RuntimeMetadata.decode(bytes);
            } catch (ScaleDecodeException expected) {
                failures++;
            }
        }
        assertTrue(failures > 25, "most mutations break the metadata: " + failures);
    }

    @Test
    void mutatedAndTruncatedRuntimeApiOutputsFailCleanly() {
        RuntimeApiCall call = RuntimeApiCall.of(md, "NeuronInfoRuntimeApi", "get_neurons_lite");
        byte[] valid = ValueEncoder.encode(md.types(), call.method().outputType(), List.of(neuron(1), neuron(2)));
        Random random = new Random(2);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = valid.clone();
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            if (random.nextBoolean()) {
                bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            try {
                call.decodeOutput(bytes);
            } catch (ScaleDecodeException expected) {
                // fine
            }
        }
        for (int i = 0; i < 2000; i++) {
            byte[] noise = new byte[random.nextInt(64)];
            random.nextBytes(noise);
            try {
                call.decodeOutput(noise);
            } catch (ScaleDecodeException expected) {
                // fine
            }
        }
    }

    private Map<String, Object> neuron(int uid) {
        byte[] key = new byte[32];
        key[0] = (byte) uid;
        Map<String, Object> axon = new LinkedHashMap<>();
        for (String f : List.of("block", "version", "ip", "port", "ip_type", "protocol", "placeholder1",
            "placeholder2")) {
            axon.put(f, BigInteger.valueOf(uid));
        }
        Map<String, Object> prometheus = new LinkedHashMap<>();
        for (String f : List.of("block", "version", "ip", "port", "ip_type")) {
            prometheus.put(f, BigInteger.ONE);
        }
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("hotkey", key);
        n.put("coldkey", key);
        n.put("uid", uid);
        n.put("netuid", 35);
        n.put("active", true);
        n.put("axon_info", axon);
        n.put("prometheus_info", prometheus);
        List<Object> stake = new ArrayList<>();
        stake.add(List.of(key, BigInteger.TEN.pow(12)));
        n.put("stake", stake);
        for (String f : List.of("rank", "emission", "incentive", "consensus", "trust", "validator_trust", "dividends",
            "last_update")) {
            n.put(f, 1000 + uid);
        }
        n.put("validator_permit", false);
        n.put("pruning_score", 7);
        return n;
    }
}
