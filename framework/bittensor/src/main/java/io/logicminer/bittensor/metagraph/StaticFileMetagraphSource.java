package io.logicminer.bittensor.metagraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.bittensor.crypto.Ss58;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A metagraph read from a JSON file:
 * <pre>{@code
 * {"netuid": 35, "block": 0, "neurons": [
 *   {"uid": 0, "hotkey": "5…", "coldkey": "5…", "stake": 20000.0, "validator_permit": true, "active": true,
 *    "axon": {"ip": "1.2.3.4", "port": 8091}}]}
 * }</pre>
 * Stake is in TAO. {@link #reload()} re-reads the file; a bad file leaves the previous snapshot in place and throws.
 */
public final class StaticFileMetagraphSource implements MetagraphSource {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private volatile Metagraph current;

    /** Reads {@code file} now. */
    public StaticFileMetagraphSource(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        this.current = read(file);
    }

    @Override
    public Metagraph current() {
        return current;
    }

    /** Re-reads the file and returns the new snapshot. */
    public Metagraph reload() {
        Metagraph next = read(file);
        current = next;
        return next;
    }

    /** Parses a metagraph file. */
    public static Metagraph read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new MetagraphFileException("cannot read metagraph file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MetagraphFileException("metagraph file " + file + " must hold a JSON object {\"netuid\": …,"
                + " \"neurons\": […]}");
        }
        JsonNode neurons = root.get("neurons");
        if (neurons == null || !neurons.isArray()) {
            throw new MetagraphFileException("metagraph file " + file + " has no \"neurons\" array");
        }
        List<Neuron> list = new ArrayList<>();
        for (int i = 0; i < neurons.size(); i++) {
            String where = file + ": neurons[" + i + "]";
            JsonNode n = neurons.get(i);
            try {
                String hotkey = text(n, "hotkey", where);
                Ss58.decode(hotkey);
                String coldkey = n.path("coldkey").asText("");
                if (!coldkey.isEmpty()) {
                    Ss58.decode(coldkey);
                }
                AxonEndpoint axon = null;
                JsonNode a = n.get("axon");
                if (a != null && a.isObject()) {
                    axon = new AxonEndpoint(a.path("ip").asText(""), a.path("port").asInt(0));
                }
                JsonNode uid = n.get("uid");
                JsonNode stake = n.get("stake");
                if (uid == null || !uid.canConvertToInt()) {
                    throw new IllegalArgumentException("\"uid\" must be an integer");
                }
                if (stake == null || !stake.isNumber()) {
                    throw new IllegalArgumentException("\"stake\" must be a number (TAO)");
                }
                list.add(new Neuron(uid.asInt(), hotkey, coldkey, stake.asDouble(),
                    n.path("validator_permit").asBoolean(false), n.path("active").asBoolean(true), axon));
            } catch (RuntimeException e) {
                throw new MetagraphFileException(where + " is invalid: " + e.getMessage(), e);
            }
        }
        try {
            return new Metagraph(root.path("netuid").asInt(0), root.path("block").asLong(0), list);
        } catch (IllegalArgumentException e) {
            throw new MetagraphFileException("metagraph file " + file + " is invalid: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a non-empty string");
        }
        return value.textValue();
    }
}
