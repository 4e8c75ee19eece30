package io.logicminer.subtensor;

import static org.junit.jupiter.api.Assertions.fail;

import io.logicminer.subtensor.scale.ScaleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real static metadata shipped by the npm package {@code @polkadot/types-support} (installed with the interop
 * packages): {@code v14/polkadot}, {@code v15/kusama}, ... V15/V16 files hold {@code Option<OpaqueMetadata>} (as
 * {@code Metadata_metadata_at_version} returns it); this unwraps them to {@code RuntimeMetadataPrefixed}.
 */
public final class TypesSupportMetadata {

    private static final Pattern HEX = Pattern.compile("'(0x[0-9a-f]+)'");

    private TypesSupportMetadata() {
    }

    public static byte[] bytes(String name) {
        Path file = PolkadotTypes.NODE_DIR.resolve("node_modules/@polkadot/types-support/metadata/" + name + "-hex.js");
        if (!Files.isRegularFile(file)) {
            fail(file + " is missing: run `npm ci` in " + PolkadotTypes.NODE_DIR
                + " (./mvnw generate-test-resources does it)");
        }
        try {
            Matcher m = HEX.matcher(Files.readString(file));
            if (!m.find()) {
                fail("no metadata hex literal in " + file);
            }
            byte[] raw = HexFormat.of().parseHex(m.group(1).substring(2));
            if (raw.length >= 4 && raw[0] == 'm' && raw[1] == 'e' && raw[2] == 't' && raw[3] == 'a') {
                return raw;
            }
            ScaleReader in = new ScaleReader(raw);
            if (in.u8() != 1) {
                fail(file + " holds neither metadata nor Some(metadata)");
            }
            int length = in.compactLength(1, "opaque metadata");
            return Arrays.copyOfRange(raw, in.position(), in.position() + length);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
