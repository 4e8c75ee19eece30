package io.logicminer.benchmarks;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.dendrite.DendriteResult;
import io.logicminer.logicnet.LogicSynapse;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import io.logicminer.bittensor.wallet.Wallet;
import io.logicminer.core.MinerHost;
import io.logicminer.core.config.ConfigOverrides;
import io.logicminer.app.mining.MinerNode;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The whole miner (host, pipeline, axon) answering signed requests under deadlines, for docs/reliability.md.
 * Written against APIs that predate the changes it measures, so the same file runs on the old and the new build.
 *
 * <p>Part {@code llm}: a local "slow model" (MockWebServer streaming one token per second) behind the
 * {@code direct} solver, two-call and single-call, with timeouts of 5 s and 12 s: what the reply holds.
 *
 * <p>Part {@code runaway}: solver {@code burn} ({@link BurnSolverType}) burns the CPU for 15 s, deaf to interrupts,
 * on questions containing BURN; with N such requests in flight, 8 ordinary requests (timeout 5 s) are sent: how
 * many get an answer before their deadline, and how long they take against N = 0.
 *
 * <p>Usage: {@code DeadlineBenchmark [llm|runaway|all]}.
 */
public final class DeadlineBenchmark {

    private static final String QUESTION = "Find the solution of this math problem:\n---\nTopic: Algebra, "
            + "Subtopic: Basic algebra.\n2x + 1 = 5\n---\n";
    private static final String REASONING = "Subtract 1 from both sides to get 2x = 4, then divide both sides by 2 so "
            + "x = 2. Checking: 2*2 + 1 = 5 holds, so the final answer is x = 2. ";
    private static final Sr25519Keypair VALIDATOR = Sr25519Keypair.fromUri("//Alice");

    private DeadlineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String part = args.length > 0 ? args[0] : "all";
        Path dir = Files.createTempDirectory("deadline-bench");
        Wallet wallet = Wallet.of(dir.resolve("wallets").toString(), "miner", "default");
        String minerHotkey = wallet.createHotkey(12, false).keypair().ss58Address();
        Path metagraph = dir.resolve("metagraph.json");
        Files.writeString(metagraph, """
                {"netuid":35,"block":0,"neurons":[
                 {"uid":7,"hotkey":"%s","coldkey":"%s","stake":20000.0,"validator_permit":true,"active":true,
                  "axon":{"ip":"127.0.0.1","port":1}}]}
                """.formatted(VALIDATOR.ss58Address(), VALIDATOR.ss58Address()));
        try (MockWebServer model = new MockWebServer()) {
            model.setDispatcher(new OneTokenPerSecond());
            model.start();
            Path config = dir.resolve("bench.conf");
            Files.writeString(config, """
                    models.slow { type = openai, base_url = "%s", model = "slow", max_retries = 0 }
                    solvers.llm_two { type = direct, model = slow, mode = two-call }
                    solvers.llm_single { type = direct, model = slow, mode = single-call }
                    solvers.burn { type = burn, burn_ms = 15000, cpu_bound = true }
                    solvers.quick { type = burn, cpu_bound = false, burns = false }
                    """.formatted(model.url("/v1")));
            List<String> base = List.of("--plugins.dir", dir.resolve("no-plugins").toString(),
                    "--wallet.path", dir.resolve("wallets").toString(), "--wallet.name", "miner",
                    "--wallet.hotkey", "default", "--subtensor.network", "offline",
                    "--metagraph.file", metagraph.toString(), "--axon.ip", "127.0.0.1", "--axon.port", "0",
                    "--metrics.port", "-1", "--logging.debug", "false");
            System.out.printf(Locale.ROOT, "cores: %d%n", Runtime.getRuntime().availableProcessors());
            if (part.equals("llm") || part.equals("all")) {
                lateLlm(config, base, minerHotkey);
            }
            if (part.equals("runaway") || part.equals("all")) {
                runaway(config, base, minerHotkey, "");
                runaway(config, base, minerHotkey, "quick");
            }
        }
    }

    private static MinerHost host(Path config, List<String> base, String... more) {
        List<String> args = new ArrayList<>(base);
        args.addAll(Arrays.asList(more));
        return MinerHost.start(ConfigOverrides.parse(args.toArray(String[]::new), Set.of(), Set.of()),
                Optional.of(config));
    }

    private static Dendrite dendrite() {
        return new Dendrite(new Sr25519RequestSigner(VALIDATOR), new OkHttpClient(), "127.0.0.1", 9_000_000,
                NonceClock.SYSTEM);
    }

    private static void lateLlm(Path config, List<String> base, String minerHotkey) throws Exception {
        System.out.println("\n== late LLM: a model streaming 1 token/s ==");
        System.out.println("mode        timeout  http  reply after  reasoning chars  answer");
        for (String solver : List.of("llm_two", "llm_single")) {
            try (MinerHost host = host(config, base, "--miner.solver", solver, "--miner.fallback_solver", "");
                 MinerNode node = MinerNode.start(host, Optional.empty())) {
                Dendrite dendrite = dendrite();
                for (int timeout : new int[] {5, 12}) {
                    long start = System.nanoTime();
                    DendriteResult result = dendrite.call(new AxonTarget("127.0.0.1", node.port(), minerHotkey),
                            LogicSynapse.question(QUESTION, "Logic", timeout, "t" + timeout).toSynapse(),
                            Duration.ofSeconds(timeout)); // sets the synapse timeout, as the SDK does
                    double took = (System.nanoTime() - start) / 1e9;
                    LogicSynapse reply = result.isSuccess() ? LogicSynapse.from(result.synapse()) : null;
                    String reasoning = reply == null || reply.logicReasoning() == null ? "" : reply.logicReasoning();
                    String answer = reply == null || reply.logicAnswer() == null ? "" : reply.logicAnswer().asText();
                    System.out.printf(Locale.ROOT, "%-11s %5d s  %4d  %9.2f s  %15d  \"%s\"%n", solver, timeout,
                            result.statusCode(), took, reasoning.length(), answer);
                }
            }
        }
    }

    private static void runaway(Path config, List<String> base, String minerHotkey, String fallback)
            throws Exception {
        System.out.printf(Locale.ROOT, "%n== runaway CPU solves (15 s each, deaf to interrupts); fallback: %s ==%n",
                fallback.isEmpty() ? "none" : fallback + " (I/O-bound)");
        System.out.println("N runaway  burning at send  ordinary answered in time  p50 latency  p50 / p50(N=0)  "
                + "max latency  runaways run");
        double reference = Double.NaN;
        try (MinerHost host = host(config, base, "--miner.solver", "burn", "--miner.fallback_solver", fallback);
             MinerNode node = MinerNode.start(host, Optional.empty())) {
            AxonTarget target = new AxonTarget("127.0.0.1", node.port(), minerHotkey);
            ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
            boolean warm = false;
            for (int n : new int[] {0, 0, 2, 4}) { // the first round warms the JVM up and is not printed
                int startedBefore = BurnSolverType.STARTED.get();
                List<Future<DendriteResult>> burners = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    int k = i;
                    burners.add(clients.submit(() -> dendrite().call(target,
                            LogicSynapse.question("BURN " + k + " " + QUESTION, "Logic", 12, "b" + k).toSynapse(),
                            Duration.ofSeconds(40))));
                }
                long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
                int expected = Math.min(n, Runtime.getRuntime().availableProcessors());
                while (BurnSolverType.STARTED.get() - startedBefore < expected && System.nanoTime() < waitUntil) {
                    Thread.sleep(10); // the harness waits for the burn to be under way, bounded
                }
                int burning = BurnSolverType.STARTED.get() - BurnSolverType.FINISHED.get();
                int m = 8;
                List<Future<double[]>> ordinary = new ArrayList<>();
                for (int i = 0; i < m; i++) {
                    int k = i;
                    ordinary.add(clients.submit(() -> {
                        long start = System.nanoTime();
                        DendriteResult r;
                        try {
                            r = dendrite().call(target, LogicSynapse.question("q" + k + " " + QUESTION, "Logic", 5,
                                    "o" + k).toSynapse(), Duration.ofSeconds(5));
                        } catch (RuntimeException e) {
                            return new double[] {0, (System.nanoTime() - start) / 1e9};
                        }
                        double took = (System.nanoTime() - start) / 1e9;
                        boolean answered = r.isSuccess() && LogicSynapse.from(r.synapse()).logicAnswer() != null
                                && !LogicSynapse.from(r.synapse()).logicAnswer().asText().isEmpty() && took <= 5.0;
                        return new double[] {answered ? 1 : 0, took};
                    }));
                }
                int answered = 0;
                double[] latencies = new double[m];
                for (int i = 0; i < m; i++) {
                    double[] r = ordinary.get(i).get();
                    answered += (int) r[0];
                    latencies[i] = r[1];
                }
                Arrays.sort(latencies);
                double p50 = latencies[m / 2];
                if (!warm) {
                    warm = true;
                    continue;
                }
                if (n == 0) {
                    reference = p50;
                }
                for (Future<DendriteResult> b : burners) {
                    try {
                        b.get();
                    } catch (Exception e) {
                        // a burner's own reply does not matter here
                    }
                }
                long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (BurnSolverType.FINISHED.get() < BurnSolverType.STARTED.get()
                        && System.nanoTime() < drainUntil) {
                    Thread.sleep(50); // let runaway solves end before the next round, bounded
                }
                System.out.printf(Locale.ROOT, "%9d  %15d  %16d / %d  %9.3f s  %14.1f  %9.3f s  %12d%n", n, burning,
                        answered, m, p50, p50 / reference, latencies[m - 1],
                        BurnSolverType.STARTED.get() - startedBefore);
            }
            clients.shutdownNow();
        }
    }

    /** Streams {@link #REASONING} one word per second, each SSE event padded to the same size. */
    private static final class OneTokenPerSecond extends Dispatcher {
        private static final int CHUNK_BYTES = 200;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            StringBuilder sse = new StringBuilder();
            String[] words = REASONING.repeat(3).split("(?<= )");
            for (String word : words) {
                sse.append(chunk(word, null));
            }
            sse.append(chunk("", "stop"));
            sse.append("data: [DONE]\n\n");
            return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(sse.toString())
                    .throttleBody(CHUNK_BYTES, 1, TimeUnit.SECONDS);
        }

        private static String chunk(String content, String finish) {
            String json = "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"model\":\"slow\",\"choices\":[{\"index\":0,"
                    + "\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":"
                    + (finish == null ? "null" : "\"" + finish + "\"") + "}]}";
            StringBuilder event = new StringBuilder("data: ").append(json);
            while (event.toString().getBytes(StandardCharsets.UTF_8).length < CHUNK_BYTES - 2) {
                event.append(' ');
            }
            return event.append("\n\n").toString();
        }
    }
}
