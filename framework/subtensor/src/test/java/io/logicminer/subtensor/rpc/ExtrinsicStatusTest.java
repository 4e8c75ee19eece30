package io.logicminer.subtensor.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtrinsicStatusTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String HASH = "0x511948e96e1d479d0a92d89bb976638780f2c65a93a5d5be710f22ee15c60200";

    static ExtrinsicStatus parse(String json) throws Exception {
        return ExtrinsicStatus.fromJson(JSON.readTree(json));
    }

    @Test
    void everyShapeSubstrateSends() throws Exception {
        assertEquals(ExtrinsicStatus.Kind.FUTURE, parse("\"future\"").kind());
        assertEquals(ExtrinsicStatus.Kind.READY, parse("\"ready\"").kind());
        assertEquals(ExtrinsicStatus.Kind.DROPPED, parse("\"dropped\"").kind());
        assertEquals(ExtrinsicStatus.Kind.INVALID, parse("\"invalid\"").kind());
        assertEquals(List.of("12D3KooWA", "12D3KooWB"), parse("{\"broadcast\":[\"12D3KooWA\",\"12D3KooWB\"]}").peers());
        for (String kind : List.of("inBlock", "retracted", "finalityTimeout", "finalized", "usurped")) {
            ExtrinsicStatus status = parse("{\"" + kind + "\":\"" + HASH.toUpperCase().replace("0X", "0x") + "\"}");
            assertEquals(kind, status.kind().wireName());
            assertEquals(HASH, status.hash().orElseThrow().hex());
        }
    }

    @Test
    void terminalStatusesAreTheOnesAfterWhichTheNodeStops() throws Exception {
        assertFalse(parse("\"ready\"").isTerminal());
        assertFalse(parse("{\"inBlock\":\"" + HASH + "\"}").isTerminal());
        assertFalse(parse("{\"retracted\":\"" + HASH + "\"}").isTerminal());
        assertTrue(parse("{\"finalized\":\"" + HASH + "\"}").isTerminal());
        assertTrue(parse("{\"finalityTimeout\":\"" + HASH + "\"}").isTerminal());
        assertTrue(parse("{\"usurped\":\"" + HASH + "\"}").isTerminal());
        assertTrue(parse("\"dropped\"").isTerminal());
        assertTrue(parse("\"invalid\"").isTerminal());
    }

    @Test
    void unknownOrMalformedStatusesAreClearErrors() {
        RpcException unknown = assertThrows(RpcException.class, () -> parse("\"pending\""));
        assertTrue(unknown.getMessage().contains("\"pending\""), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("finalized"), unknown.getMessage());
        assertThrows(RpcException.class, () -> parse("{\"inBlock\":\"0x12\"}"));
        assertThrows(RpcException.class, () -> parse("\"inBlock\""));
        assertThrows(RpcException.class, () -> parse("{\"a\":1,\"b\":2}"));
        assertThrows(RpcException.class, () -> parse("42"));
    }
}
