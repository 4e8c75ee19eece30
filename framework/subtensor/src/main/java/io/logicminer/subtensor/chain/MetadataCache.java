package io.logicminer.subtensor.chain;

import io.logicminer.subtensor.metadata.RuntimeMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runtime metadata per runtime version, in memory and on disk ({@code <dir>/metadata-<spec name>-<spec version>.scale},
 * the raw bytes the node returned): finney's metadata is ~700 KB and changes only with a runtime upgrade, so a
 * restart reads it from disk and an upgrade (a new spec version) fetches it once.
 */
public final class MetadataCache {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataCache.class);

    private final Path dir;
    private final Map<String, RuntimeMetadata> memory = new ConcurrentHashMap<>();

    /** @param dir where the files go; null keeps the cache in memory only */
    public MetadataCache(Path dir) {
        this.dir = dir;
    }

    /** The metadata of {@code version}: from memory, else the file, else {@code fetch} (then stored). */
    public RuntimeMetadata get(NodeRpc.RuntimeVersion version, Supplier<byte[]> fetch) {
        String key = safe(version.specName()) + "-" + version.specVersion();
        RuntimeMetadata cached = memory.get(key);
        if (cached != null) {
            return cached;
        }
        Path file = dir == null ? null : dir.resolve("metadata-" + key + ".scale");
        if (file != null && Files.isRegularFile(file)) {
            try {
                RuntimeMetadata md = RuntimeMetadata.decode(Files.readAllBytes(file));
                memory.put(key, md);
                return md;
            } catch (IOException | RuntimeException e) {
                LOG.warn("ignoring unreadable metadata cache {}: {}", file, e.getMessage());
            }
        }
        byte[] bytes = fetch.get();
        RuntimeMetadata md;
        try {
            md = RuntimeMetadata.decode(bytes);
        } catch (RuntimeException e) {
            throw new SubtensorException("the node's metadata for runtime " + key + " does not decode: "
                    + e.getMessage(), e);
        }
        memory.put(key, md);
        if (file != null) {
            try {
                Files.createDirectories(dir);
                Path temp = Files.createTempFile(dir, ".metadata-", ".tmp");
                Files.write(temp, bytes);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                LOG.warn("cannot cache metadata in {}: {}", file, e.getMessage());
            }
        }
        LOG.info("runtime {} metadata V{} loaded ({} bytes)", key, md.version(), bytes.length);
        return md;
    }

    private static String safe(String name) {
        return name == null || name.isBlank() ? "runtime" : name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
