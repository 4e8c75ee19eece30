package io.logicminer.solver.ensemble;

import io.logicminer.category.logic.LogicCategory;
import io.logicminer.solver.ensemble.ChatCompletionWire.Choice;
import io.logicminer.solver.openai.OpenAiChatModelType;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.solver.Solver;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import io.logicminer.testkit.MapSolverContext;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Self-consistency on a scripted backend, through the real stack (OpenAI-compatible client over HTTP, the Logic
 * category's extraction and equivalence, the ensemble's vote). Not a test: Surefire never runs it.
 *
 * <ol>
 *   <li>Accuracy: the backend answers each sample correctly with probability p, else with one of {@value #WRONG}
 *       wrong answers chosen uniformly. One sample vs ensemble(k = 5, one request with n = 5), against the exact
 *       expectation of plurality voting with the ensemble's tie rule (enumerated over all outcomes) and the binomial
 *       strict-majority bound P(Bin(5, p) >= 3).</li>
 *   <li>Wall time: one sample, one request with n = 5, five parallel requests; with an instant backend (the
 *       client's and the vote's own cost) and with a constant simulated generation time per request.</li>
 * </ol>
 *
 * Run: {@code java -cp <test classpath> io.logicminer.solver.ensemble.EnsembleBenchmark [challenges per p] [seed]
 * [accuracy,time]}.
 */
public final class EnsembleBenchmark {

    private static final int WRONG = 3;
    private static final String CORRECT = "42";
    private static final List<String> WRONG_ANSWERS = List.of("17", "29", "63");
    private static final int K = 5;

    private EnsembleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perP = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 35;
        String parts = args.length > 2 ? args[2] : "accuracy,time";
        ProbabilisticBackend backend = new ProbabilisticBackend(seed);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(backend);
            server.setServerSocketFactory(new NoDelayServerSocketFactory());
            server.start();
            ChatModel model = new OpenAiChatModelType().create("scripted", MapComponentConfig.of("models.scripted",
                    "base_url", server.url("/v1").toString(), "model", "scripted", "stream", false,
                    "max_retries", 0), new FixedHostContext(Clock.systemUTC()));
            MapSolverContext context = new MapSolverContext(Clock.systemUTC()).withChatModel(model)
                    .withCategory(LogicCategory.withDefaults());
            Solver single = ensemble(context, 1, true);
            Solver batched = ensemble(context, K, true);
            Solver parallel = ensemble(context, K, false);

            if (parts.contains("accuracy")) {
                accuracyTable(backend, single, batched, perP, seed);
            }
            if (parts.contains("time")) {
                timeTables(backend, single, batched, parallel, perP);
            }
            ((AutoCloseable) single).close();
            ((AutoCloseable) batched).close();
            ((AutoCloseable) parallel).close();
            model.close();
        }
    }

    private static void accuracyTable(ProbabilisticBackend backend, Solver single, Solver batched, int perP,
                                      long seed) throws InterruptedException {
            System.out.printf(Locale.ROOT, "accuracy, %d challenges per p, %d wrong answers, seed %d%n", perP, WRONG,
                    seed);
            System.out.println("| p | one sample | ensemble k=5 | expected (plurality, tie rule) | P(Bin(5,p)>=3) |"
                    + " gain measured | gain expected |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (double p : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
                backend.configure(p, 0);
                double one = accuracy(single, perP);
                double five = accuracy(batched, perP);
                double expected = pluralityExpectation(p, WRONG, K);
                System.out.printf(Locale.ROOT, "| %.1f | %.3f | %.3f | %.3f | %.3f | %+.3f | %+.3f |%n", p, one, five,
                        expected, strictMajority(p, K), five - one, expected - p);
            }
    }

    private static void timeTables(ProbabilisticBackend backend, Solver single, Solver batched, Solver parallel,
                                   int perP) throws InterruptedException {
            int rounds = Math.max(50, perP / 3);
            System.out.printf(Locale.ROOT, "%nwall time per solve, p = 0.7, instant backend, %d solves after %d"
                    + " warm-up (p50 / mean, ratio of means to one sample)%n", rounds, rounds);
            timings(backend, Duration.ZERO, rounds, single, batched, parallel);
            int slowRounds = Math.max(20, rounds / 10);
            System.out.printf(Locale.ROOT, "%nwall time per solve, p = 0.7, 100 ms simulated generation per request"
                    + " (also for n = 5), %d solves%n", slowRounds);
            timings(backend, Duration.ofMillis(100), slowRounds, single, batched, parallel);
    }

    /**
     * Server sockets whose connections send at once (TCP_NODELAY): without it the scripted backend's small writes
     * meet the client's delayed ACK and every reply waits ~40 ms on loopback, which would hide the client's costs.
     * A real inference server (vLLM's uvicorn) sets TCP_NODELAY too.
     */
    private static final class NoDelayServerSocketFactory extends javax.net.ServerSocketFactory {
        @Override
        public java.net.ServerSocket createServerSocket() throws java.io.IOException {
            return new java.net.ServerSocket() {
                @Override
                public java.net.Socket accept() throws java.io.IOException {
                    java.net.Socket socket = new java.net.Socket();
                    implAccept(socket);
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port) throws java.io.IOException {
            java.net.ServerSocket socket = createServerSocket();
            socket.bind(new java.net.InetSocketAddress(port));
            return socket;
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog) throws java.io.IOException {
            java.net.ServerSocket socket = createServerSocket();
            socket.bind(new java.net.InetSocketAddress(port), backlog);
            return socket;
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog, java.net.InetAddress address)
                throws java.io.IOException {
            java.net.ServerSocket socket = createServerSocket();
            socket.bind(new java.net.InetSocketAddress(address, port), backlog);
            return socket;
        }
    }

    private static Solver ensemble(MapSolverContext context, int samples, boolean batch) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("samples", samples);
        values.put("batch", batch);
        values.put("embedder", "none");
        values.put("members", List.of(Map.of("model", "scripted")));
        return new EnsembleSolverType().create("bench", new MapComponentConfig("solvers.bench", values), context);
    }

    private static double accuracy(Solver solver, int challenges) throws InterruptedException {
        LogicCategory logic = LogicCategory.withDefaults();
        int right = 0;
        for (int i = 0; i < challenges; i++) {
            Solution solution = solver.solve(challenge(i));
            if (solution.isAnswered() && logic.equivalent(solution.answer(), CORRECT)) {
                right++;
            }
        }
        return right / (double) challenges;
    }

    private static void timings(ProbabilisticBackend backend, Duration generation, int rounds, Solver single,
                                Solver batched, Solver parallel) throws InterruptedException {
        backend.configure(0.7, generation.toMillis());
        String[] names = {"one sample (n = 1)", "k = 5, one request with n = 5", "k = 5, five parallel requests"};
        Solver[] solvers = {single, batched, parallel};
        double reference = 0;
        System.out.println("| mode | p50 ms | mean ms | mean / one sample | requests per solve |");
        System.out.println("|---|---|---|---|---|");
        for (int s = 0; s < solvers.length; s++) {
            for (int i = 0; i < Math.min(rounds, 200); i++) {
                solvers[s].solve(challenge(i)); // warm-up
            }
            long[] nanos = new long[rounds];
            long requestsBefore = backend.requests();
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                solvers[s].solve(challenge(i));
                nanos[i] = System.nanoTime() - start;
            }
            double requests = (backend.requests() - requestsBefore) / (double) rounds;
            Arrays.sort(nanos);
            double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
            if (s == 0) {
                reference = mean;
            }
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", names[s], nanos[rounds / 2] / 1e6,
                    mean, mean / reference, requests);
        }
    }

    private static Challenge challenge(int i) {
        return Challenge.of("b" + i, "What is 6 times 7?", "Logic", Duration.ofSeconds(30), Clock.systemUTC());
    }

    /**
     * The exact probability that plurality voting over {@code k} samples picks the correct answer, when each sample is
     * correct with probability p and otherwise one of {@code wrong} wrong answers uniformly, with the ensemble's tie
     * rule for equal weights (more votes, then the cluster whose first vote came first).
     */
    static double pluralityExpectation(double p, int wrong, int k) {
        int answers = wrong + 1;
        int outcomes = (int) Math.pow(answers, k);
        double total = 0;
        for (int code = 0; code < outcomes; code++) {
            int[] sample = new int[k];
            int rest = code;
            double probability = 1;
            for (int i = 0; i < k; i++) {
                sample[i] = rest % answers;
                rest /= answers;
                probability *= sample[i] == 0 ? p : (1 - p) / wrong;
            }
            int[] counts = new int[answers];
            int[] first = new int[answers];
            Arrays.fill(first, Integer.MAX_VALUE);
            for (int i = 0; i < k; i++) {
                counts[sample[i]]++;
                first[sample[i]] = Math.min(first[sample[i]], i);
            }
            int winner = 0;
            for (int a = 1; a < answers; a++) {
                if (counts[a] > counts[winner] || (counts[a] == counts[winner] && first[a] < first[winner])) {
                    winner = a;
                }
            }
            if (winner == 0 && counts[0] > 0) {
                total += probability;
            }
        }
        return total;
    }

    /** P(Bin(k, p) > k / 2): the correct answer has a strict majority. */
    static double strictMajority(double p, int k) {
        double total = 0;
        for (int j = k / 2 + 1; j <= k; j++) {
            total += binomial(k, j) * Math.pow(p, j) * Math.pow(1 - p, k - j);
        }
        return total;
    }

    private static double binomial(int n, int j) {
        double value = 1;
        for (int i = 1; i <= j; i++) {
            value = value * (n - j + i) / i;
        }
        return value;
    }

    /** Answers each sample correctly with probability p, else one of the wrong answers; optional generation delay. */
    private static final class ProbabilisticBackend extends Dispatcher {
        private final Random random;
        private volatile double p;
        private volatile long delayMillis;
        private long requests;

        ProbabilisticBackend(long seed) {
            this.random = new Random(seed);
        }

        void configure(double correctProbability, long generationMillis) {
            this.p = correctProbability;
            this.delayMillis = generationMillis;
        }

        synchronized long requests() {
            return requests;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            int n = ChatCompletionWire.n(request);
            List<Choice> choices = new ArrayList<>();
            synchronized (this) {
                requests++;
                for (int i = 0; i < n; i++) {
                    String answer = random.nextDouble() < p ? CORRECT : WRONG_ANSWERS.get(random.nextInt(WRONG));
                    choices.add(Choice.stop(ChatCompletionWire.reasoned("Six sevens: 7 + 7 + 7 + 7 + 7 + 7, which"
                            + " comes to " + answer + ".", answer)));
                }
            }
            MockResponse response = ChatCompletionWire.completion(choices);
            return delayMillis == 0 ? response : response.setHeadersDelay(delayMillis, TimeUnit.MILLISECONDS);
        }
    }
}
