package io.logicminer.subtensor.metadata;

import java.util.List;
import java.util.Map;

/**
 * How extrinsics are formed: the extrinsic format versions the runtime accepts, the address, call and signature
 * types (V14 derives them from {@code UncheckedExtrinsic}'s type parameters; null if absent), and the transaction
 * extensions in the order they are encoded. {@code extensionsByVersion} (V16) maps an extension version to the
 * indices into {@code extensions} it uses; for V14/V15 it is {@code {0: all}}.
 */
public record ExtrinsicMetadata(List<Integer> versions, Integer addressType, Integer callType,
                                Integer signatureType, List<TransactionExtensionMetadata> extensions,
                                Map<Integer, List<Integer>> extensionsByVersion) {

    public ExtrinsicMetadata {
        versions = List.copyOf(versions);
        extensions = List.copyOf(extensions);
        extensionsByVersion = Map.copyOf(extensionsByVersion);
    }

    /** The extensions used with extension version {@code version} (0 for v4 extrinsics), in encoding order. */
    public List<TransactionExtensionMetadata> extensionsFor(int version) {
        List<Integer> indices = extensionsByVersion.get(version);
        if (indices == null) {
            throw new IllegalArgumentException("the metadata has no transaction extension version " + version
                + "; it has " + extensionsByVersion.keySet());
        }
        return indices.stream().map(extensions::get).toList();
    }
}
