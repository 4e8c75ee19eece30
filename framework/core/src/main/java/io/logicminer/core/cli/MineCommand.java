package io.logicminer.core.cli;

import io.logicminer.core.MinerHost;
import io.logicminer.core.mining.MinerNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code logicminer mine}: serve validators through the axon until stopped. */
@Command(name = "mine", description = {"Serve LogicNet validators through a bittensor axon until stopped (SIGTERM/Ctrl-C",
        "drains in-flight requests). Takes the reference miner's flags, e.g. --netuid 35 --wallet.name W",
        "--wallet.hotkey H --axon.port 8091 --miner.epoch_volume 50; --subtensor.network offline --metagraph.file F",
        "runs without a chain."})
final class MineCommand implements Callable<Integer> {

    @ParentCommand
    LogicminerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--solver", paramLabel = "NAME", description = "Solver to use instead of miner.solver.")
    String solver;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        MinerHost host = root.startHost();
        MinerNode node;
        try {
            node = MinerNode.start(host, Optional.ofNullable(solver));
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
        node.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        out.println("axon listening on port " + node.port() + " as " + node.hotkey() + ", solver " + node.solverName()
                + (node.metricsPort() > 0 ? ", metrics on http://localhost:" + node.metricsPort() + "/metrics" : ""));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                node.close();
                host.close();
            } finally {
                stopped.countDown();
            }
        }, "logicminer-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }
}
