package io.logicminer.app.cli;

import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.MetagraphFile;
import io.logicminer.bittensor.metagraph.Neuron;
import io.logicminer.config.TypesafeComponentConfig;
import io.logicminer.app.mining.ChainSettings;
import io.logicminer.app.mining.MinerNode;
import io.logicminer.app.mining.SubtensorConnector;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.subtensor.chain.Subtensor;
import io.logicminer.subtensor.chain.SubtensorException;
import io.logicminer.subtensor.metagraph.ChainMetagraph;
import io.logicminer.subtensor.metagraph.ChainMetagraphReader;
import io.logicminer.subtensor.metagraph.StakeSource;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code logicminer metagraph}: a subnet's neurons as the chain has them now, optionally saved for offline mining. */
@Command(name = "metagraph", description = {"Print a subnet's metagraph from the chain.",
        "As the bittensor SDK's metagraph.sync(lite=True) reads it: uid, hotkey, stake (TAO), validator permit,",
        "active, axon; sorted by stake, validators marked *. Takes --netuid N (default: netuid from config, 35) and --subtensor.network",
        "finney|test|local|URL or --subtensor.chain_endpoint URL. --out FILE writes the static metagraph file that",
        "'mine --subtensor.network offline --metagraph.file FILE' reads."})
final class MetagraphCommand implements Callable<Integer> {

    @ParentCommand
    LogicminerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the metagraph as static JSON to FILE.")
    Path out;

    SubtensorConnector connector = MinerNode.DEFAULT_CONNECTOR;

    @Override
    public Integer call() {
        ComponentConfig config = new TypesafeComponentConfig(root.bootstrapConfig(), "");
        if (ChainSettings.offline(config)) {
            throw config.section("subtensor").invalid("network", "'offline' has no chain to read a metagraph from: "
                    + "use finney, test, local or --subtensor.chain_endpoint URL");
        }
        ChainSettings settings = ChainSettings.from(config);
        int netuid = config.getInt("netuid", 35);
        Path dataDir = Path.of(config.section("data").getString("dir",
                Path.of(System.getProperty("user.home"), ".logicminer").toString()));
        PrintWriter stdout = spec.commandLine().getOut();
        ChainMetagraph read;
        try (Subtensor chain = connector.connect(settings, dataDir, new PrometheusRegistry())) {
            read = new ChainMetagraphReader(chain).read(netuid);
        } catch (SubtensorException e) {
            spec.commandLine().getErr().println("chain error: cannot read netuid " + netuid + " from "
                    + settings.endpoint() + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        Metagraph metagraph = read.metagraph();
        stdout.println(String.format(Locale.ROOT, "netuid %d at block %d: %d neurons, %d validators; stake from %s",
                netuid, metagraph.block(), metagraph.neurons().size(), read.validators(),
                read.stakeSource() == StakeSource.SUBNET_STATE_TOTAL_STAKE ? "get_subnet_state total_stake"
                        : "the neurons' own stake (no get_subnet_state in this runtime)"));
        stdout.println(String.format(Locale.ROOT, "%5s  %-48s %14s  %-6s %-6s %s", "UID", "HOTKEY", "STAKE (TAO)",
                "PERMIT", "ACTIVE", "AXON"));
        List<Neuron> sorted = new ArrayList<>(metagraph.neurons());
        sorted.sort(Comparator.comparingDouble(Neuron::stake).reversed().thenComparingInt(Neuron::uid));
        for (Neuron n : sorted) {
            String axon = n.axon() == null ? "-" : (n.axon().ip().contains(":") ? "[" + n.axon().ip() + "]"
                    : n.axon().ip()) + ":" + n.axon().port();
            stdout.println(String.format(Locale.ROOT, "%4d%s  %-48s %14.4f  %-6s %-6s %s", n.uid(),
                    n.validatorPermit() ? "*" : " ", n.hotkey(), n.stake(), n.validatorPermit() ? "yes" : "no",
                    n.active() ? "yes" : "no", axon));
        }
        if (out != null) {
            MetagraphFile.write(out, metagraph);
            stdout.println("wrote " + out.toAbsolutePath() + " (use: mine --subtensor.network offline --metagraph.file "
                    + out + ")");
        }
        stdout.flush();
        return 0;
    }
}
