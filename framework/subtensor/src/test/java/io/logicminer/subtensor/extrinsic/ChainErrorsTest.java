package io.logicminer.subtensor.extrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.codec.EnumValue;
import io.logicminer.subtensor.codec.ValueEncoder;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.TypeDef;
import io.logicminer.subtensor.metadata.Variant;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChainErrorsTest {

    private final RuntimeMetadata md = TestResources.finney();

    @Test
    void customErrorNumbersAsSubtensorDefinesThem() {
        assertEquals(SubtensorCustomError.HOTKEY_NOT_REGISTERED_IN_NETWORK, SubtensorCustomError.of(10));
        assertEquals(SubtensorCustomError.INVALID_IP_ADDRESS, SubtensorCustomError.of(11));
        assertEquals(SubtensorCustomError.SERVING_RATE_LIMIT_EXCEEDED, SubtensorCustomError.of(12));
        assertEquals(SubtensorCustomError.INVALID_PORT, SubtensorCustomError.of(13));
        assertEquals(SubtensorCustomError.BAD_REQUEST, SubtensorCustomError.of(255));
        assertNull(SubtensorCustomError.of(200));
        Set<Integer> codes = new HashSet<>();
        for (SubtensorCustomError e : SubtensorCustomError.values()) {
            assertTrue(codes.add(e.code()), "duplicate " + e.code());
        }
        assertEquals(29, codes.size());
    }

    @Test
    void rpcRejectionsReadable() {
        String msg = TransactionRejections.describe(1010, "Invalid Transaction", "Custom error: 12");
        assertTrue(msg.contains("SERVING_RATE_LIMIT_EXCEEDED") && msg.contains("rate limit"), msg);
        msg = TransactionRejections.describe(1010, "Invalid Transaction", "Custom error: 10");
        assertTrue(msg.contains("not registered"), msg);
        msg = TransactionRejections.describe(1010, "Invalid Transaction", "Custom error: 99");
        assertTrue(msg.contains("Custom error: 99") && msg.contains("not a custom error"), msg);
        msg = TransactionRejections.describe(1010, "Invalid Transaction", "Transaction has a bad signature");
        assertTrue(msg.contains("genesis hash"), msg);
        assertNull(TransactionRejections.customError("Transaction is outdated"));
    }

    @Test
    void moduleErrorFromSystemEvents() {
        TypeDef.VariantType errors = (TypeDef.VariantType) md.types().def(md.pallet("SubtensorModule").errorType());
        Variant notRegistered = errors.byName("HotKeyNotRegisteredInSubNet");
        Object dispatchError = new EnumValue("Module", -1, Map.of("index", BigInteger.valueOf(7),
            "error", new byte[] {(byte) notRegistered.index(), 0, 0, 0}));

        // Build real System.Events bytes through the metadata types: an ExtrinsicFailed for extrinsic 2.
        Map<String, Object> failed = new LinkedHashMap<>();
        failed.put("dispatch_error", dispatchError);
        failed.put("dispatch_info", dispatchInfo());
        Object failedEvent = EnumValue.of("System", EnumValue.of("ExtrinsicFailed", failed));
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("dispatch_info", dispatchInfo());
        List<Object> records = List.of(
            record(1, EnumValue.of("System", EnumValue.of("ExtrinsicSuccess", success))),
            record(2, failedEvent));
        int eventsType = md.storageEntry("System", "Events").valueType();
        byte[] storageValue = ValueEncoder.encode(md.types(), eventsType, records);

        List<Object> decoded = ExtrinsicEvents.decode(md, storageValue);
        assertEquals(2, decoded.size());
        ExtrinsicOutcome ok = ExtrinsicEvents.outcome(md, decoded, 1);
        assertTrue(ok.success());
        ExtrinsicOutcome outcome = ExtrinsicEvents.outcome(md, decoded, 2);
        assertTrue(!outcome.success());
        assertEquals("HotKeyNotRegisteredInSubNet", outcome.failure().moduleError().name());
        assertTrue(outcome.failure().message().startsWith("SubtensorModule.HotKeyNotRegisteredInSubNet: "),
            outcome.failure().message());
        assertNull(ExtrinsicEvents.outcome(md, decoded, 3));
        Object oldStyle = new EnumValue("Module", 3, Map.of("index", BigInteger.valueOf(7),
            "error", BigInteger.valueOf(notRegistered.index())));
        assertEquals("HotKeyNotRegisteredInSubNet", DispatchErrors.describe(md, oldStyle).moduleError().name());
        assertEquals("dispatch error BadOrigin", DispatchErrors.describe(md, new EnumValue("BadOrigin", 2, null))
            .message());
    }

    private Object dispatchInfo() {
        // DispatchEventInfo { weight: Weight { ref_time, proof_size }, class, pays_fee }
        Map<String, Object> weight = new LinkedHashMap<>();
        weight.put("ref_time", BigInteger.valueOf(1000));
        weight.put("proof_size", BigInteger.valueOf(10));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("weight", weight);
        info.put("class", "Normal");
        info.put("pays_fee", "Yes");
        return info;
    }

    private static Object record(int extrinsic, Object event) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("phase", EnumValue.of("ApplyExtrinsic", BigInteger.valueOf(extrinsic)));
        r.put("event", event);
        r.put("topics", List.of());
        return r;
    }
}
