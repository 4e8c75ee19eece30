package io.logicminer.bittensor.metagraph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a metagraph in the static-file format {@link StaticFileMetagraphSource} reads (see
 * {@code conf/metagraph.sample.json}), atomically: a temp file beside the target, then a move, so a reader (or a
 * miner starting from the cache after a crash) never sees half a file.
 */
public final class MetagraphFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetagraphFile() {
    }

    /** The JSON tree of {@code metagraph}. */
    public static ObjectNode toJson(Metagraph metagraph) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("netuid", metagraph.netuid());
        root.put("block", metagraph.block());
        ArrayNode neurons = root.putArray("neurons");
        for (Neuron n : metagraph.neurons()) {
            ObjectNode o = neurons.addObject();
            o.put("uid", n.uid());
            o.put("hotkey", n.hotkey());
            o.put("coldkey", n.coldkey());
            o.put("stake", n.stake());
            o.put("validator_permit", n.validatorPermit());
            o.put("active", n.active());
            if (n.axon() != null) {
                ObjectNode axon = o.putObject("axon");
                axon.put("ip", n.axon().ip());
                axon.put("port", n.axon().port());
            }
        }
        return root;
    }

    /**
     * Writes {@code metagraph} to {@code file}, creating its directory.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void write(Path file, Metagraph metagraph) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            MAPPER.writeValue(temp.toFile(), toJson(metagraph));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed; that error is the one to report
                }
            }
            throw new UncheckedIOException("cannot write metagraph file " + target + ": " + e.getMessage(), e);
        }
    }
}
