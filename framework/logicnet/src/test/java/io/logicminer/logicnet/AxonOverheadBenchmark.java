package io.logicminer.logicnet;

import static io.logicminer.logicnet.AxonFixture.*;

import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.AxonPipeline;
import io.logicminer.bittensor.axon.AxonRequest;
import io.logicminer.bittensor.axon.AxonResponse;
import io.logicminer.bittensor.axon.AxonServer;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.metagraph.FixedMetagraphSource;
import io.logicminer.bittensor.metrics.AxonMetrics;
import io.logicminer.bittensor.policy.MinerPolicy;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.verification.NonceClock;
import io.logicminer.bittensor.verification.Sr25519HotkeyVerifier;
import io.logicminer.bittensor.verification.Sr25519RequestSigner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints (1) the axon's pre-solver cost per request — header parse, blacklist, sr25519 verify, nonce, volume, body
 * parse and response serialisation — measured on the pipeline without HTTP, and (2) end-to-end requests/s over HTTP
 * with an instant handler. Not a test: run with
 * {@code java -cp <test classpath> io.logicminer.logicnet.AxonOverheadBenchmark [requests] [clients]}.
 */
public final class AxonOverheadBenchmark {

    private AxonOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        MinerPolicy unlimited = new MinerPolicy(10_000, true, 1_000_000, Duration.ofSeconds(600), 2,
            Integer.MAX_VALUE, "Logic");
        AxonConfig config = config().policy(unlimited).maxConcurrent(64).queueCapacity(1024).build();
        LogicHandler instant = (q, b, who) -> new LogicAnswer("r", "a");

        AxonPipeline pipeline = new AxonPipeline(config, new Sr25519RequestSigner(MINER), new Sr25519HotkeyVerifier(),
            new FixedMetagraphSource(metagraph()), LogicNetRoutes.of(config, instant), NonceClock.SYSTEM,
            new AxonMetrics(new io.prometheus.metrics.model.registry.PrometheusRegistry()));
        Dendrite dendrite = dendrite(VALIDATOR);
        io.logicminer.bittensor.dendrite.AxonTarget target =
            new io.logicminer.bittensor.dendrite.AxonTarget("127.0.0.1", 8091, MINER.ss58Address());
        Synapse question = LogicSynapse.question("What is 2+2?", "Logic", 60, "t").toSynapse();
        List<AxonRequest> prepared = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Synapse synapse = dendrite.prepare(target, question, Duration.ofSeconds(60));
            Map<String, String> headers = SynapseHeaders.toHeaders(synapse);
            byte[] body = SynapseJson.toBytes(synapse);
            prepared.add(new AxonRequest("/LogicSynapse", headers::get, body.length, max -> body, "127.0.0.1",
                40000, 0));
        }
        int warm = requests / 2; // the first half warms the JIT and promotes the key to its wide table
        long sum = 0;
        int measured = 0;
        for (int i = 0; i < prepared.size(); i++) {
            AxonRequest r = prepared.get(i);
            long start = System.nanoTime();
            AxonResponse response = pipeline.handle(new AxonRequest(r.path(), r.header(), r.declaredLength(),
                r.body(), r.remoteIp(), r.remotePort(), start));
            long took = System.nanoTime() - start;
            if (response.status() != 200) {
                throw new IllegalStateException("benchmark request failed: " + response.status() + " "
                    + new String(response.body()));
            }
            if (i >= warm) {
                sum += took;
                measured++;
            }
        }
        pipeline.close();
        System.out.printf(Locale.ROOT, "pipeline (no HTTP, instant handler): %.1f us/request over %d requests%n",
            sum / 1000.0 / measured, measured);

        try (AxonServer axon = start(config, instant)) {
            AtomicLong ok = new AtomicLong();
            Dendrite[] dendrites = new Dendrite[clients];
            for (int c = 0; c < clients; c++) {
                dendrites[c] = dendrite(VALIDATOR);
            }
            runHttp(axon, dendrites, question, Math.min(requests, 1_000), ok);
            ok.set(0);
            long start = System.nanoTime();
            runHttp(axon, dendrites, question, requests, ok);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "HTTP end to end (%d clients, OkHttp dendrite, instant handler): %.0f"
                + " requests/s (%d ok in %.2f s)%n", clients, ok.get() / seconds, ok.get(), seconds);
        }
        System.exit(0);
    }

    private static void runHttp(AxonServer axon, Dendrite[] dendrites, Synapse question, int total, AtomicLong ok)
        throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            int per = total / dendrites.length;
            for (Dendrite d : dendrites) {
                futures.add(threads.submit(() -> {
                    for (int i = 0; i < per; i++) {
                        if (d.call(target(axon), question, Duration.ofSeconds(60)).isSuccess()) {
                            ok.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
    }
}
