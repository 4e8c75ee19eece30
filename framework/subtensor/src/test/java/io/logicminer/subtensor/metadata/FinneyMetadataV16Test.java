package io.logicminer.subtensor.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.scale.ScaleDecodeException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinneyMetadataV16Test {

    private final RuntimeMetadata md = TestResources.finney();

    @Test
    void decodesTheWholeFixture() {
        assertEquals(16, md.version());
        assertEquals(727, md.types().size());
        assertEquals(27, md.pallets().size());
        assertNull(md.runtimeType());
        assertNotNull(md.outerEnums());
        assertEquals("RuntimeCall", md.types().get(md.outerEnums().callType()).simpleName());
        assertEquals("RuntimeEvent", md.types().get(md.outerEnums().eventType()).simpleName());
        assertEquals("RuntimeError", md.types().get(md.outerEnums().errorType()).simpleName());
    }

    @Test
    void serveAxonCall() {
        CallMetadata call = md.call("SubtensorModule", "serve_axon");
        assertEquals(7, call.palletIndex());
        assertEquals(4, call.callIndex());
        assertEquals(List.of("netuid", "version", "ip", "port", "ip_type", "protocol", "placeholder1", "placeholder2"),
            call.fields().stream().map(Field::name).toList());
        List<String> rustTypes = call.fields().stream().map(f -> md.types().describe(f.type()).split(" ")[1]).toList();
        assertEquals(List.of("u16", "u32", "u128", "u16", "u8", "u8", "u8", "u8"), rustTypes);
        assertEquals(7, md.pallet(7).index());
        assertEquals("SubtensorModule", md.pallet(7).name());
    }

    @Test
    void transactionExtensionsInOrder() {
        ExtrinsicMetadata ext = md.extrinsic();
        assertEquals(List.of(4, 5), ext.versions());
        assertEquals("MultiAddress", md.types().get(ext.addressType()).simpleName());
        assertEquals("MultiSignature", md.types().get(ext.signatureType()).simpleName());
        assertEquals(List.of("CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis",
                "CheckMortality", "CheckNonce", "CheckWeight", "ChargeTransactionPayment", "SudoTransactionExtension",
                "CheckShieldedTxValidity", "SubtensorTransactionExtension", "DrandPriority", "CheckMetadataHash"),
            md.transactionExtensions().stream().map(TransactionExtensionMetadata::identifier).toList());
        for (String subtensorOwn : List.of("SudoTransactionExtension", "CheckShieldedTxValidity",
            "SubtensorTransactionExtension", "DrandPriority")) {
            TransactionExtensionMetadata e = md.transactionExtensions().stream()
                .filter(x -> x.identifier().equals(subtensorOwn)).findFirst().orElseThrow();
            assertTrue(md.types().isZeroSized(e.type()), subtensorOwn);
            assertTrue(md.types().isZeroSized(e.implicitType()), subtensorOwn);
        }
    }

    @Test
    void errorsKeepTheirDocs() {
        PalletMetadata subtensor = md.pallet("SubtensorModule");
        TypeDef.VariantType errors = (TypeDef.VariantType) md.types().def(subtensor.errorType());
        Variant rateLimit = errors.byName("ServingRateLimitExceeded");
        ErrorMetadata error = md.error(7, rateLimit.index());
        assertEquals("ServingRateLimitExceeded", error.name());
        assertEquals("SubtensorModule", error.palletName());
        assertTrue(!error.docs().isEmpty() && error.describe().startsWith("SubtensorModule.ServingRateLimitExceeded: "),
            error.describe());
        assertThrows(MetadataException.class, () -> md.error(7, 250));
    }

    @Test
    void runtimeApisWithInputsAndOutputs() {
        RuntimeApiMethodMetadata lite = md.runtimeApiMethod("NeuronInfoRuntimeApi", "get_neurons_lite");
        assertEquals(1, lite.inputs().size());
        assertEquals("netuid", lite.inputs().get(0).name());
        assertEquals("#40 u16", md.types().describe(lite.inputs().get(0).type()));
        assertTrue(md.types().describe(lite.outputType()).contains("Vec<NeuronInfoLite<AccountId32>>"));
        RuntimeApiMethodMetadata state = md.runtimeApiMethod("SubnetInfoRuntimeApi", "get_subnet_state");
        assertTrue(md.types().describe(state.outputType()).contains("Option<SubnetState"));
        assertNotNull(md.runtimeApi("StakeInfoRuntimeApi"));
        MetadataException e = assertThrows(MetadataException.class,
            () -> md.runtimeApiMethod("NeuronInfoRuntimeApi", "get_neurons_heavy"));
        assertTrue(e.getMessage().contains("get_neurons_lite"), e.getMessage());
    }

    @Test
    void storageEntries() {
        StorageEntryMetadata axons = md.storageEntry("SubtensorModule", "Axons");
        assertEquals(List.of(StorageHasher.IDENTITY, StorageHasher.BLAKE2_128_CONCAT), axons.hashers());
        assertEquals("SubtensorModule", axons.palletPrefix());
        assertTrue(md.types().def(axons.keyType()) instanceof TypeDef.Tuple);
        assertEquals("AxonInfo", md.types().get(axons.valueType()).simpleName());
        StorageEntryMetadata events = md.storageEntry("System", "Events");
        assertTrue(events.hashers().isEmpty());
        assertNull(events.keyType());
        assertNotNull(md.pallet("System").constant("SS58Prefix"));
    }

    @Test
    void unknownNamesListWhatExists() {
        MetadataException e = assertThrows(MetadataException.class, () -> md.call("SubtensorModule", "serve_axe"));
        assertTrue(e.getMessage().contains("serve_axon"), e.getMessage());
        assertThrows(MetadataException.class, () -> md.pallet("Nope"));
    }

    @Test
    void truncatedOrForeignBytesFailWithAnOffset() {
        byte[] bytes = TestResources.finneyBytes();
        for (int cut : new int[] {3, 5, 1000, bytes.length / 2, bytes.length - 1}) {
            ScaleDecodeException e = assertThrows(ScaleDecodeException.class,
                () -> RuntimeMetadata.decode(Arrays.copyOf(bytes, cut)), "cut at " + cut);
            assertTrue(e.getMessage().contains("offset"), e.getMessage());
        }
        byte[] notMeta = bytes.clone();
        notMeta[0] = 'x';
        assertTrue(assertThrows(ScaleDecodeException.class, () -> RuntimeMetadata.decode(notMeta)).getMessage()
            .contains("meta"));
        byte[] v13 = bytes.clone();
        v13[4] = 13;
        assertTrue(assertThrows(ScaleDecodeException.class, () -> RuntimeMetadata.decode(v13)).getMessage()
            .contains("unsupported metadata version 13"));
        byte[] trailing = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(ScaleDecodeException.class, () -> RuntimeMetadata.decode(trailing));
    }
}
