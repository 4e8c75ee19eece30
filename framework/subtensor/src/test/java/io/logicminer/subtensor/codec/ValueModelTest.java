package io.logicminer.subtensor.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.logicminer.subtensor.TestResources;
import io.logicminer.subtensor.metadata.Field;
import io.logicminer.subtensor.metadata.PortableRegistry;
import io.logicminer.subtensor.metadata.PortableType;
import io.logicminer.subtensor.metadata.Primitive;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.TypeDef;
import io.logicminer.subtensor.metadata.Variant;
import io.logicminer.subtensor.scale.ScaleDecodeException;
import io.logicminer.subtensor.scale.ScaleReader;
import java.math.BigInteger;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueModelTest {

    private final RuntimeMetadata md = TestResources.finney();

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void axonInfoDecodesToAnOrderedMapOfBigIntegers() {
        int axonInfo = md.storageEntry("SubtensorModule", "Axons").valueType();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("block", BigInteger.valueOf(4_000_000));
        value.put("version", BigInteger.valueOf(10_002_000));
        value.put("ip", new BigInteger("3232235777")); // 192.168.1.1
        value.put("port", BigInteger.valueOf(8091));
        value.put("ip_type", BigInteger.valueOf(4));
        value.put("protocol", BigInteger.valueOf(4));
        value.put("placeholder1", BigInteger.ZERO);
        value.put("placeholder2", BigInteger.ZERO);
        byte[] bytes = ValueEncoder.encode(md.types(), axonInfo, value);
        assertEquals(8 + 4 + 16 + 2 + 4, bytes.length);
        Object decoded = ValueDecoder.decodeAll(md.types(), axonInfo, bytes);
        assertInstanceOf(LinkedHashMap.class, decoded);
        assertEquals(List.copyOf(value.keySet()), List.copyOf(Values.map(decoded).keySet()));
        assertEquals(value, decoded);
        assertEquals(8091, Values.intValue(Values.field(decoded, "port")));
    }

    @Test
    void accountIdUnwrapsToBytesAndOptionIsAnEnum() {
        int optionAccount = md.runtimeApiMethod("SubnetInfoRuntimeApi", "get_coldkey_auto_stake_hotkey").outputType();
        byte[] account = new byte[32];
        account[0] = 7;
        byte[] some = ValueEncoder.encode(md.types(), optionAccount, Values.some(account));
        assertEquals(33, some.length);
        Object decoded = ValueDecoder.decodeAll(md.types(), optionAccount, some);
        assertEquals(new EnumValue("Some", 1, null).name(), Values.enumValue(decoded).name());
        assertArrayEquals(account, Values.accountId(Values.optional(decoded)));
        Object none = ValueDecoder.decodeAll(md.types(), optionAccount, hex("00"));
        assertEquals(new EnumValue("None", 0, null), none);
        assertNull(Values.optional(none));
        assertArrayEquals(hex("00"), ValueEncoder.encode(md.types(), optionAccount, "None"));
    }

    @Test
    void encoderErrorsNameThePathAndType() {
        int axonInfo = md.storageEntry("SubtensorModule", "Axons").valueType();
        Map<String, Object> value = new LinkedHashMap<>();
        for (Field f : ((TypeDef.Composite) md.types().def(axonInfo)).fields()) {
            value.put(f.name(), 0);
        }
        value.put("ip_type", 300);
        CodecException e = assertThrows(CodecException.class, () -> ValueEncoder.encode(md.types(), axonInfo, value));
        assertTrue(e.getMessage().startsWith("value.ip_type: 300 is out of range for u8"), e.getMessage());
        value.remove("ip_type");
        e = assertThrows(CodecException.class, () -> ValueEncoder.encode(md.types(), axonInfo, value));
        assertTrue(e.getMessage().contains("missing field 'ip_type'"), e.getMessage());
        value.put("ip_type", 4);
        value.put("ipv6", 1);
        e = assertThrows(CodecException.class, () -> ValueEncoder.encode(md.types(), axonInfo, value));
        assertTrue(e.getMessage().contains("unknown field(s) [ipv6]"), e.getMessage());
        value.remove("ipv6");
        value.put("port", "8091");
        e = assertThrows(CodecException.class, () -> ValueEncoder.encode(md.types(), axonInfo, value));
        assertTrue(e.getMessage().contains("value.port") && e.getMessage().contains("needs an integer"),
            e.getMessage());
    }

    @Test
    void unknownVariantIndexIsADecodeError() {
        int optionAccount = md.runtimeApiMethod("SubnetInfoRuntimeApi", "get_coldkey_auto_stake_hotkey").outputType();
        ScaleDecodeException e = assertThrows(ScaleDecodeException.class,
            () -> ValueDecoder.decodeAll(md.types(), optionAccount, hex("05")));
        assertTrue(e.getMessage().contains("no variant with index 5"), e.getMessage());
    }

    @Test
    void compactWrappersAndTuples() {
        // hand-built registry: 0 u32, 1 Compact<u32>, 2 struct Perbill(u32), 3 Compact<Perbill>, 4 (u32, bool),
        // 5 bool, 6 (), 7 [u16; 2], 8 u16, 9 char, 10 i64
        PortableRegistry r = registry(
            new TypeDef.PrimitiveType(Primitive.U32), new TypeDef.Compact(0),
            new TypeDef.Composite(List.of(new Field(null, 0, "u32", List.of()))), new TypeDef.Compact(2),
            new TypeDef.Tuple(List.of(0, 5)), new TypeDef.PrimitiveType(Primitive.BOOL), new TypeDef.Tuple(List.of()),
            new TypeDef.Array(2, 8), new TypeDef.PrimitiveType(Primitive.U16), new TypeDef.PrimitiveType(Primitive.CHAR),
            new TypeDef.PrimitiveType(Primitive.I64));
        assertArrayEquals(hex("0101"), ValueEncoder.encode(r, 1, 64));
        assertEquals(BigInteger.valueOf(64), ValueDecoder.decodeAll(r, 3, hex("0101")));
        assertArrayEquals(hex("0101"), ValueEncoder.encode(r, 3, BigInteger.valueOf(64)));
        assertThrows(ScaleDecodeException.class, () -> ValueDecoder.decodeAll(r, 1, hex("070000000001")));
        assertEquals(List.of(BigInteger.ONE, true), ValueDecoder.decodeAll(r, 4, hex("0100000001")));
        assertEquals(List.of(), ValueDecoder.decodeAll(r, 6, new byte[0]));
        assertEquals(List.of(BigInteger.ONE, BigInteger.TWO), ValueDecoder.decodeAll(r, 7, hex("01000200")));
        assertEquals("€", ValueDecoder.decodeAll(r, 9, hex("ac200000")));
        assertArrayEquals(hex("ac200000"), ValueEncoder.encode(r, 9, "€"));
        assertEquals(BigInteger.valueOf(-5), ValueDecoder.decodeAll(r, 10, ValueEncoder.encode(r, 10, -5L)));
    }

    @Test
    void bitSequencesInEveryStoreAndOrder() {
        // 0 u8, 1 u16, 2 u32, 3 u64, 4 Lsb0, 5 Msb0, then BitVec<store, order> at 6..13
        java.util.List<TypeDef> defs = new java.util.ArrayList<>(List.of(
            new TypeDef.PrimitiveType(Primitive.U8), new TypeDef.PrimitiveType(Primitive.U16),
            new TypeDef.PrimitiveType(Primitive.U32), new TypeDef.PrimitiveType(Primitive.U64),
            new TypeDef.Composite(List.of()), new TypeDef.Composite(List.of())));
        for (int store = 0; store < 4; store++) {
            defs.add(new TypeDef.BitSequence(store, 4));
            defs.add(new TypeDef.BitSequence(store, 5));
        }
        java.util.List<PortableType> types = new java.util.ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            List<String> path = i == 4 ? List.of("bitvec", "order", "Lsb0")
                : i == 5 ? List.of("bitvec", "order", "Msb0") : List.of();
            types.add(new PortableType(i, path, List.of(), defs.get(i), List.of()));
        }
        PortableRegistry r = new PortableRegistry(types);
        BitSet bits = new BitSet();
        bits.set(0);
        bits.set(2);
        bits.set(9);
        BitSequence seq = new BitSequence(bits, 10);
        assertArrayEquals(hex("28" + "0502"), ValueEncoder.encode(r, 6, seq)); // u8 Lsb0
        assertArrayEquals(hex("28" + "a040"), ValueEncoder.encode(r, 7, seq)); // u8 Msb0
        assertArrayEquals(hex("28" + "0502"), ValueEncoder.encode(r, 8, seq)); // u16 Lsb0 = LE 0x0205
        assertArrayEquals(hex("28" + "40a0"), ValueEncoder.encode(r, 9, seq)); // u16 Msb0 = LE 0xa040
        for (int t = 6; t < 14; t++) {
            assertEquals(seq, ValueDecoder.decodeAll(r, t, ValueEncoder.encode(r, t, seq)), "type " + t);
        }
        assertThrows(ScaleDecodeException.class, () -> ValueDecoder.decodeAll(r, 12, hex("fd0f" + "00")));
    }

    @Test
    void selfRecursiveTypeHitsTheDepthBoundNotTheStack() {
        // enum List { Nil, Cons(Box<List>) } decoded from an endless chain of Cons tags
        PortableRegistry r = registry(new TypeDef.VariantType(List.of(
            new Variant("Nil", List.of(), 0, List.of()),
            new Variant("Cons", List.of(new Field(null, 0, null, List.of())), 1, List.of()))));
        byte[] hostile = new byte[10_000];
        java.util.Arrays.fill(hostile, (byte) 1);
        ScaleDecodeException e = assertThrows(ScaleDecodeException.class,
            () -> ValueDecoder.decode(r, 0, new ScaleReader(hostile)));
        assertTrue(e.getMessage().contains("nesting deeper than"), e.getMessage());
        // a struct that contains itself has no finite encoding at all
        PortableRegistry loop = registry(new TypeDef.Composite(List.of(new Field("me", 0, null, List.of()))));
        assertThrows(ScaleDecodeException.class, () -> ValueDecoder.decode(loop, 0, new ScaleReader(new byte[0])));
        Object deep = "x";
        for (int i = 0; i < 1000; i++) {
            deep = new EnumValue("Cons", 1, deep);
        }
        Object deepValue = deep;
        assertThrows(CodecException.class, () -> ValueEncoder.encode(r, 0, deepValue));
    }

    @Test
    void sequenceLengthBeyondInputIsRejected() {
        int vecAccounts = md.runtimeApiMethod("StakeInfoRuntimeApi", "get_stake_info_for_coldkeys").inputs().get(0).type();
        ScaleDecodeException e = assertThrows(ScaleDecodeException.class,
            () -> ValueDecoder.decodeAll(md.types(), vecAccounts, hex("fdff" + "00".repeat(10))));
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
    }

    static PortableRegistry registry(TypeDef... defs) {
        java.util.List<PortableType> types = new java.util.ArrayList<>();
        for (int i = 0; i < defs.length; i++) {
            types.add(new PortableType(i, List.of(), List.of(), defs[i], List.of()));
        }
        return new PortableRegistry(types);
    }
}
