package io.logicminer.subtensor.metadata;

import io.logicminer.subtensor.scale.ScaleReader;
import java.util.List;

/**
 * Decoded runtime metadata (V14, V15 or V16): the type registry, pallets, extrinsic format and runtime APIs, with
 * the lookups the chain client needs. Immutable; decode once per runtime version with {@link #decode(byte[])}.
 *
 * @param version       the metadata version (14, 15 or 16)
 * @param runtimeType   the {@code Runtime} type (V14/V15), null for V16
 * @param outerEnums    null for V14
 */
public record RuntimeMetadata(int version, PortableRegistry types, List<PalletMetadata> pallets,
                              ExtrinsicMetadata extrinsic, List<RuntimeApiMetadata> apis, OuterEnums outerEnums,
                              Integer runtimeType) {

    public RuntimeMetadata {
        pallets = List.copyOf(pallets);
        apis = List.copyOf(apis);
    }

    /** Decodes {@code RuntimeMetadataPrefixed} (the bytes of {@code state_getMetadata}). */
    public static RuntimeMetadata decode(byte[] bytes) {
        return MetadataDecoder.decode(new ScaleReader(bytes));
    }

    public PalletMetadata pallet(String name) {
        for (PalletMetadata p : pallets) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new MetadataException("no pallet '" + name + "' in the runtime metadata; pallets: "
            + pallets.stream().map(PalletMetadata::name).toList());
    }

    public PalletMetadata pallet(int index) {
        for (PalletMetadata p : pallets) {
            if (p.index() == index) {
                return p;
            }
        }
        throw new MetadataException("no pallet with index " + index + " in the runtime metadata");
    }

    /** The call {@code pallet.name}: its index bytes and fields. */
    public CallMetadata call(String palletName, String callName) {
        PalletMetadata pallet = pallet(palletName);
        if (pallet.callType() == null) {
            throw new MetadataException("pallet " + palletName + " has no calls");
        }
        TypeDef.VariantType calls = variants(pallet.callType());
        Variant v = calls.byName(callName);
        if (v == null) {
            throw new MetadataException("pallet " + palletName + " has no call '" + callName + "'; calls: "
                + calls.variants().stream().map(Variant::name).toList());
        }
        return new CallMetadata(pallet.name(), pallet.index(), v.name(), v.index(), v.fields(), v.docs());
    }

    /** The error {@code error} of the pallet at {@code palletIndex} ({@code DispatchError::Module}), with its docs. */
    public ErrorMetadata error(int palletIndex, int errorIndex) {
        PalletMetadata pallet = pallet(palletIndex);
        if (pallet.errorType() == null) {
            throw new MetadataException("pallet " + pallet.name() + " (index " + palletIndex + ") has no errors");
        }
        Variant v = variants(pallet.errorType()).byIndex(errorIndex);
        if (v == null) {
            throw new MetadataException("pallet " + pallet.name() + " has no error with index " + errorIndex);
        }
        return new ErrorMetadata(pallet.name(), pallet.index(), v.name(), v.index(), v.docs());
    }

    public RuntimeApiMetadata runtimeApi(String apiName) {
        for (RuntimeApiMetadata api : apis) {
            if (api.name().equals(apiName)) {
                return api;
            }
        }
        throw new MetadataException("no runtime API '" + apiName + "' in the metadata (V" + version + "); APIs: "
            + apis.stream().map(RuntimeApiMetadata::name).toList());
    }

    public RuntimeApiMethodMetadata runtimeApiMethod(String apiName, String methodName) {
        RuntimeApiMetadata api = runtimeApi(apiName);
        RuntimeApiMethodMetadata m = api.method(methodName);
        if (m == null) {
            throw new MetadataException("runtime API " + apiName + " has no method '" + methodName + "'; methods: "
                + api.methods().stream().map(RuntimeApiMethodMetadata::name).toList());
        }
        return m;
    }

    public StorageEntryMetadata storageEntry(String palletName, String entryName) {
        PalletMetadata pallet = pallet(palletName);
        StorageEntryMetadata e = pallet.storageEntry(entryName);
        if (e == null) {
            throw new MetadataException("pallet " + palletName + " has no storage entry '" + entryName + "'");
        }
        return e;
    }

    /** The transaction extensions of v4 extrinsics (extension version 0), in encoding order. */
    public List<TransactionExtensionMetadata> transactionExtensions() {
        return extrinsic.extensionsFor(0);
    }

    private TypeDef.VariantType variants(int typeId) {
        if (types.def(typeId) instanceof TypeDef.VariantType v) {
            return v;
        }
        throw new MetadataException("type " + types.describe(typeId) + " is not an enum");
    }
}
