package io.logicminer.subtensor.chain;

import io.logicminer.bittensor.crypto.Sr25519Keypair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A scripted subtensor node as a process, for the distribution's smoke test:
 * {@code java -cp <dist lib>:<test-jar>:<mockwebserver> io.logicminer.subtensor.chain.FakeSubtensorNodeMain URL_FILE
 * MINER_HOTKEY}. Netuid 35 holds the validator //Alice and the miner; the node's URL is written to URL_FILE, and each
 * serve_axon it includes is printed as a line {@code served <ip> <port>}. Runs until killed.
 */
public final class FakeSubtensorNodeMain {

    private FakeSubtensorNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: FakeSubtensorNodeMain URL_FILE MINER_HOTKEY_SS58");
            System.exit(2);
        }
        String validator = Sr25519Keypair.fromUri("//Alice").ss58Address();
        FakeSubtensorChain chain = FakeSubtensorChain.start();
        chain.neurons(35, List.of(
                new ChainPayloads.TestNeuron(0, validator, validator, true, 1_000_000_000L, 20_000_000_000_000L,
                        "203.0.113.50", 8091),
                new ChainPayloads.TestNeuron(1, args[1], validator, false, 0, 0, null, 0)));
        Path urlFile = Path.of(args[0]);
        Path temp = urlFile.resolveSibling(urlFile.getFileName() + ".tmp");
        Files.writeString(temp, chain.url() + "\n");
        Files.move(temp, urlFile);
        int printed = 0;
        while (true) {
            List<ServeAxonCall> served = chain.served();
            for (; printed < served.size(); printed++) {
                ServeAxonCall call = served.get(printed);
                System.out.println("served " + io.logicminer.subtensor.serving.AxonAddress.text(call.ip(),
                        call.ipType()) + " " + call.port());
                System.out.flush();
            }
            Thread.sleep(100);
        }
    }
}
