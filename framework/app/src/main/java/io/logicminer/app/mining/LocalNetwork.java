package io.logicminer.app.mining;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.wallet.Wallet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A miner and a validator on one box, for {@code mine --local}: two dev hotkeys (created once, btcli layout, under
 * {@code <data.dir>/local/wallets}) and a static metagraph holding both, the validator with stake and permit.
 *
 * @param directory where the wallets and the metagraph live
 * @param minerHotkey the miner's hotkey (ss58)
 * @param validator the local validator's keypair (signs the dendrite's requests)
 * @param metagraph the static metagraph file
 */
public record LocalNetwork(Path directory, String minerHotkey, Sr25519Keypair validator, Path metagraph) {

    /** Stake given to the local validator (TAO): above the default {@code miner.min_stake}. */
    public static final double VALIDATOR_STAKE = 20_000;

    /** Creates what is missing under {@code directory} and loads the rest. */
    public static LocalNetwork prepare(Path directory) {
        try {
            Files.createDirectories(directory);
            Path wallets = directory.resolve("wallets");
            Wallet miner = new Wallet(wallets, "local-miner", "default");
            Wallet validator = new Wallet(wallets, "local-validator", "default");
            for (Wallet wallet : new Wallet[] {miner, validator}) {
                if (!Files.exists(wallet.hotkeyPath())) {
                    wallet.createHotkey(12, false);
                }
            }
            String minerHotkey = miner.loadHotkey().ss58Address();
            Sr25519Keypair validatorKey = validator.loadHotkey().requireKeypair();
            Path metagraph = directory.resolve("metagraph.json");
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode().put("netuid", 35).put("block", 0);
            ArrayNode neurons = root.putArray("neurons");
            neurons.addObject().put("uid", 0).put("hotkey", validatorKey.ss58Address())
                    .put("coldkey", validatorKey.ss58Address()).put("stake", VALIDATOR_STAKE)
                    .put("validator_permit", true).put("active", true)
                    .putObject("axon").put("ip", "127.0.0.1").put("port", 0);
            neurons.addObject().put("uid", 1).put("hotkey", minerHotkey).put("coldkey", minerHotkey)
                    .put("stake", 0.0).put("validator_permit", false).put("active", true)
                    .putObject("axon").put("ip", "127.0.0.1").put("port", 8091);
            Files.writeString(metagraph, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return new LocalNetwork(directory, minerHotkey, validatorKey, metagraph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the local network in " + directory, e);
        }
    }

    /** Config overrides that point the miner at this network, on loopback, on any free port. */
    public Map<String, String> minerOverrides() {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("subtensor.network", "offline");
        overrides.put("metagraph.file", metagraph.toString());
        overrides.put("wallet.path", directory.resolve("wallets").toString());
        overrides.put("wallet.name", "local-miner");
        overrides.put("wallet.hotkey", "default");
        overrides.put("axon.ip", "127.0.0.1");
        overrides.put("axon.port", "0");
        overrides.put("metrics.port", "-1");
        return overrides;
    }
}
