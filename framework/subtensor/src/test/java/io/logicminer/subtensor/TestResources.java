package io.logicminer.subtensor;

import io.logicminer.subtensor.metadata.RuntimeMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test fixtures from {@code src/test/resources/io/logicminer/subtensor}. */
public final class TestResources {

    private static RuntimeMetadata finney;

    private TestResources() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource io/logicminer/subtensor/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Real finney metadata V16 (see /work/shared/fixtures/README.md), decoded once. */
    public static synchronized RuntimeMetadata finney() {
        if (finney == null) {
            finney = RuntimeMetadata.decode(finneyBytes());
        }
        return finney;
    }

    public static byte[] finneyBytes() {
        return bytes("finney-metadata-v16.scale");
    }
}
