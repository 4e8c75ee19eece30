package io.logicminer.subtensor.extrinsic;

import io.logicminer.bittensor.crypto.Blake2b;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.subtensor.codec.CodecException;
import io.logicminer.subtensor.codec.EnumValue;
import io.logicminer.subtensor.codec.ValueDecoder;
import io.logicminer.subtensor.codec.ValueEncoder;
import io.logicminer.subtensor.codec.Values;
import io.logicminer.subtensor.metadata.CallMetadata;
import io.logicminer.subtensor.metadata.Field;
import io.logicminer.subtensor.metadata.PortableRegistry;
import io.logicminer.subtensor.metadata.RuntimeMetadata;
import io.logicminer.subtensor.metadata.TransactionExtensionMetadata;
import io.logicminer.subtensor.scale.ScaleWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds signed extrinsics (format v4) for any call, everything by the runtime metadata: the call's pallet and
 * call index and its argument types, the address ({@code MultiAddress::Id}) and signature
 * ({@code MultiSignature::Sr25519}) types, and every transaction extension the metadata lists, in its order.
 *
 * <p>Each extension contributes an explicit part (in the extrinsic) and an implicit part (signed only), encoded by
 * the extension's metadata types. A part whose type is zero-sized (like subtensor's own
 * {@code SubtensorTransactionExtension}, {@code DrandPriority}...) encodes nothing. Known extensions get their
 * values from {@link TransactionParams}:
 * <ul>
 *   <li>{@code CheckSpecVersion}, {@code CheckTxVersion}: implicit u32 versions; {@code CheckGenesis}: implicit
 *       genesis hash</li>
 *   <li>{@code CheckMortality}/{@code CheckEra}: explicit era, implicit hash of the era's birth block</li>
 *   <li>{@code CheckNonce}: explicit compact nonce; {@code ChargeTransactionPayment}: explicit compact tip
 *       ({@code ChargeAssetTxPayment}: tip and no asset)</li>
 *   <li>{@code CheckMetadataHash}: explicit mode {@code Disabled}, implicit {@code None}</li>
 * </ul>
 * An extension with a non-empty type that is not among these is an error naming it: signing it with a guessed value
 * would only be rejected by the chain as a bad signature.
 *
 * <p>The signing payload is {@code call ++ explicit parts ++ implicit parts}, blake2-256 hashed first when longer
 * than 256 bytes, signed sr25519 with the {@code "substrate"} context.
 */
public final class ExtrinsicBuilder {

    /** The signed extrinsic format this builder writes. */
    public static final int EXTRINSIC_VERSION = 4;
    private static final int SIGNED_BIT = 0x80;

    private final RuntimeMetadata metadata;

    public ExtrinsicBuilder(RuntimeMetadata metadata) {
        this.metadata = metadata;
        if (!metadata.extrinsic().versions().contains(EXTRINSIC_VERSION)) {
            throw new IllegalArgumentException("the runtime accepts extrinsic versions "
                + metadata.extrinsic().versions() + ", logicminer signs v" + EXTRINSIC_VERSION + " extrinsics only");
        }
    }

    /** Encodes the call {@code pallet.call(args)}: pallet index, call index, then each field by its type. */
    public byte[] encodeCall(String pallet, String call, Map<String, ?> args) {
        CallMetadata meta = metadata.call(pallet, call);
        List<String> names = meta.fields().stream().map(Field::name).toList();
        for (String given : args.keySet()) {
            if (!names.contains(given)) {
                throw new CodecException(pallet + "." + call + ": unknown argument '" + given + "'; arguments: "
                    + names);
            }
        }
        ScaleWriter out = new ScaleWriter().u8(meta.palletIndex()).u8(meta.callIndex());
        for (Field f : meta.fields()) {
            if (!args.containsKey(f.name())) {
                throw new CodecException(pallet + "." + call + ": missing argument '" + f.name() + "' ("
                    + metadata.types().describe(f.type()) + "); arguments: " + names);
            }
            ValueEncoder.encode(metadata.types(), f.type(), args.get(f.name()), out, call + "." + f.name());
        }
        return out.toByteArray();
    }

    /** Builds and signs {@code pallet.call(args)} with {@code signer}. */
    public SignedExtrinsic sign(String pallet, String call, Map<String, ?> args, Sr25519Keypair signer,
                                TransactionParams params) {
        return signCall(encodeCall(pallet, call, args), signer, params);
    }

    /** Signs an already encoded call. */
    public SignedExtrinsic signCall(byte[] call, Sr25519Keypair signer, TransactionParams params) {
        PortableRegistry types = metadata.types();
        ScaleWriter explicit = new ScaleWriter();
        ScaleWriter implicit = new ScaleWriter();
        for (TransactionExtensionMetadata ext : metadata.transactionExtensions()) {
            if (!types.isZeroSized(ext.type())) {
                ValueEncoder.encode(types, ext.type(), explicitValue(ext, params), explicit, ext.identifier());
            }
            if (!types.isZeroSized(ext.implicitType())) {
                ValueEncoder.encode(types, ext.implicitType(), implicitValue(ext, params), implicit,
                    ext.identifier() + " (implicit)");
            }
        }
        byte[] explicitBytes = explicit.toByteArray();
        byte[] payload = new ScaleWriter().bytes(call).bytes(explicitBytes).bytes(implicit.toByteArray())
            .toByteArray();
        byte[] toSign = payload.length > 256 ? Blake2b.blake2b256(payload) : payload;
        byte[] signature = signer.sign(toSign);

        ScaleWriter body = new ScaleWriter().u8(SIGNED_BIT | EXTRINSIC_VERSION);
        encodeAddress(signer.publicKeyBytes(), body);
        encodeSignature(signature, body);
        body.bytes(explicitBytes).bytes(call);
        byte[] bodyBytes = body.toByteArray();
        byte[] encoded = new ScaleWriter().byteVec(bodyBytes).toByteArray();
        return new SignedExtrinsic(encoded, call, payload, signature);
    }

    private void encodeAddress(byte[] accountId, ScaleWriter out) {
        Integer type = metadata.extrinsic().addressType();
        if (type == null) {
            throw new CodecException("the metadata names no address type for extrinsics");
        }
        ValueEncoder.encode(metadata.types(), type, EnumValue.of("Id", accountId), out, "address");
    }

    private void encodeSignature(byte[] signature, ScaleWriter out) {
        Integer type = metadata.extrinsic().signatureType();
        if (type == null) {
            throw new CodecException("the metadata names no signature type for extrinsics");
        }
        ValueEncoder.encode(metadata.types(), type, EnumValue.of("Sr25519", signature), out, "signature");
    }

    private Object explicitValue(TransactionExtensionMetadata ext, TransactionParams p) {
        return switch (ext.identifier()) {
            case "CheckMortality", "CheckEra" ->
                // The era type is Substrate's Era enum (Immortal, Mortal1..Mortal255): read our two bytes as it.
                ValueDecoder.decodeAll(metadata.types(), ext.type(), p.era().encode());
            case "CheckNonce" -> BigInteger.valueOf(p.nonce());
            case "ChargeTransactionPayment" -> p.tip();
            case "ChargeAssetTxPayment" -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("tip", p.tip());
                m.put("asset_id", Values.none());
                yield m;
            }
            case "CheckMetadataHash" -> Map.of("mode", EnumValue.of("Disabled"));
            default -> throw unknown(ext, ext.type(), "explicit");
        };
    }

    private Object implicitValue(TransactionExtensionMetadata ext, TransactionParams p) {
        return switch (ext.identifier()) {
            case "CheckSpecVersion" -> BigInteger.valueOf(p.specVersion());
            case "CheckTxVersion" -> BigInteger.valueOf(p.transactionVersion());
            case "CheckGenesis" -> p.genesisHash();
            case "CheckMortality", "CheckEra" -> p.eraBirthHash();
            case "CheckMetadataHash" -> Values.none();
            default -> throw unknown(ext, ext.implicitType(), "implicit");
        };
    }

    private CodecException unknown(TransactionExtensionMetadata ext, int type, String part) {
        return new CodecException("transaction extension " + ext.identifier() + " has a non-empty " + part
            + " part of type " + metadata.types().describe(type) + " that logicminer does not know how to fill; "
            + "the runtime's extensions are " + metadata.transactionExtensions().stream()
                .map(TransactionExtensionMetadata::identifier).toList()
            + ". Upgrade logicminer for this runtime.");
    }

    /** The identifiers of the extensions this builder will encode, in order (for diagnostics). */
    public List<String> extensionIdentifiers() {
        List<String> out = new ArrayList<>();
        for (TransactionExtensionMetadata ext : metadata.transactionExtensions()) {
            out.add(ext.identifier());
        }
        return out;
    }
}
