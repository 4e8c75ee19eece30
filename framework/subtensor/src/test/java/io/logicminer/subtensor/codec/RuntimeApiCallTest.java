package io.logicminer.subtensor.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.metadata.MetadataException;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.scale.ScaleDecodeException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeApiCallTest {

    private final RuntimeMetadata md = TestResources.finney();

    @Test
    void getNeuronsLite() {
        RuntimeApiCall call = RuntimeApiCall.of(md, "NeuronInfoRuntimeApi", "get_neurons_lite");
        assertEquals("NeuronInfoRuntimeApi_get_neurons_lite", call.stateCallMethod());
        assertArrayEquals(HexFormat.of().parseHex("2300"), call.encodeParams(35));
        assertEquals(List.of(), call.decodeOutput(HexFormat.of().parseHex("00")));
        assertThrows(ScaleDecodeException.class, () -> call.decodeOutput(HexFormat.of().parseHex("0000")));
        CodecException e = assertThrows(CodecException.class, call::encodeParams);
        assertTrue(e.getMessage().contains("takes 1 argument(s) [netuid: #40 u16]"), e.getMessage());
        e = assertThrows(CodecException.class, () -> call.encodeParams(70_000));
        assertTrue(e.getMessage().startsWith("NeuronInfoRuntimeApi_get_neurons_lite.netuid: 70000 is out of range"),
            e.getMessage());
    }

    @Test
    void multipleParamsAreConcatenated() {
        RuntimeApiCall call = RuntimeApiCall.of(md, "NeuronInfoRuntimeApi", "get_neuron_lite");
        assertArrayEquals(HexFormat.of().parseHex("23000500"), call.encodeParams(35, 5));
        Object none = call.decodeOutput(HexFormat.of().parseHex("00"));
        assertEquals(null, Values.optional(none));
    }

    @Test
    void unknownMethod() {
        assertThrows(MetadataException.class, () -> RuntimeApiCall.of(md, "NeuronInfoRuntimeApi", "nope"));
        assertThrows(MetadataException.class, () -> RuntimeApiCall.of(md, "NopeApi", "nope"));
    }
}
