package io.logicminer.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.category.logic.LogicCategory;
import io.logicminer.category.logic.LogicPrompts;
import io.logicminer.solver.openai.DirectSolverType;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Wall time of the direct solver's two modes against a server that streams at a fixed rate, like a vLLM
 * server decoding one sequence: {@code two-call} (the reference miner) against {@code single-call}.
 *
 * <p>The server stands in for the model, so the output lengths are assumptions, printed with the result:
 * a bare question (the reference's first call) draws a verbose derivation, the follow-up a one-sentence answer,
 * and the single-call prompt (which asks for concise steps and a final-answer line) a shorter derivation. Every
 * completion starts after a fixed time to first token (prefill). Usage:
 * {@code DirectModesBenchmark [questions.jsonl] [count] [tokens/s] [ttft ms] [verbose] [concise] [answer]}.
 */
public final class DirectModesBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DirectModesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path questions = Path.of(args.length > 0 ? args[0] : "../shared/fixtures/logic-dev.jsonl");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int tokensPerSecond = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        int ttftMillis = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        int verboseTokens = args.length > 4 ? Integer.parseInt(args[4]) : 450;
        int conciseTokens = args.length > 5 ? Integer.parseInt(args[5]) : 200;
        int answerTokens = args.length > 6 ? Integer.parseInt(args[6]) : 25;

        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(questions)) {
            if (!line.isBlank() && texts.size() < count) {
                texts.add(JSON.readTree(line).get("question").asText());
            }
        }
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new StreamingModel(tokensPerSecond, ttftMillis, verboseTokens, conciseTokens,
                    answerTokens));
            server.start();
            System.out.printf(Locale.ROOT, "server: %d tokens/s, %d ms to first token; outputs: bare question %d "
                            + "tokens, follow-up %d tokens, single-call prompt %d tokens; %d questions%n",
                    tokensPerSecond, ttftMillis, verboseTokens, answerTokens, conciseTokens, texts.size());
            run(server, "two-call", texts.subList(0, Math.min(2, texts.size()))); // warm-up
            run(server, "single-call", texts.subList(0, Math.min(2, texts.size())));
            double twoCall = run(server, "two-call", texts);
            double singleCall = run(server, "single-call", texts);
            System.out.printf(Locale.ROOT, "two-call:    %8.1f ms per question (reference)%n", twoCall);
            System.out.printf(Locale.ROOT, "single-call: %8.1f ms per question%n", singleCall);
            System.out.printf(Locale.ROOT, "single-call / two-call = %.3f (target <= 0.55)%n", singleCall / twoCall);
        }
    }

    private static double run(MockWebServer server, String mode, List<String> texts) throws Exception {
        FixedHostContext host = new FixedHostContext(Clock.systemUTC());
        try (ChatModel model = new OpenAiChatModelType().create("default", MapComponentConfig.of("models.default",
                "base_url", server.url("/v1").toString(), "model", "Qwen/Qwen2-7B-Instruct"), host)) {
            MapSolverContext context = new MapSolverContext(Clock.systemUTC()).withChatModel(model)
                    .withCategory(LogicCategory.withDefaults());
            Solver solver = new DirectSolverType().create("direct", MapComponentConfig.of("solvers.direct",
                    "model", "default", "mode", mode), context);
            long total = 0;
            for (String text : texts) {
                long start = System.nanoTime();
                Solution solution = solver.solve(Challenge.of("b", text, "Logic", Duration.ofSeconds(120),
                        Clock.systemUTC()));
                total += System.nanoTime() - start;
                if (!solution.isAnswered()) {
                    throw new IllegalStateException(mode + " did not answer: " + solution.error());
                }
            }
            return total / 1e6 / texts.size();
        }
    }

    /** Streams fixed-size SSE chunks, one token each, at a fixed rate after a fixed prefill delay. */
    private static final class StreamingModel extends Dispatcher {
        private static final int CHUNK_BYTES = 160;

        private final int tokensPerSecond;
        private final int ttftMillis;
        private final int verboseTokens;
        private final int conciseTokens;
        private final int answerTokens;

        StreamingModel(int tokensPerSecond, int ttftMillis, int verboseTokens, int conciseTokens, int answerTokens) {
            this.tokensPerSecond = tokensPerSecond;
            this.ttftMillis = ttftMillis;
            this.verboseTokens = verboseTokens;
            this.conciseTokens = conciseTokens;
            this.answerTokens = answerTokens;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            try {
                JsonNode body = JSON.readTree(request.getBody().readUtf8());
                JsonNode messages = body.get("messages");
                String last = messages.get(messages.size() - 1).get("content").asText();
                int tokens;
                String finalLine = "";
                if (last.equals(LogicPrompts.DEFAULT_ANSWER_FOLLOW_UP)) {
                    tokens = answerTokens;
                } else if (last.contains("Final answer:")) {
                    tokens = conciseTokens;
                    finalLine = "\nFinal answer: 42";
                } else {
                    tokens = verboseTokens;
                }
                StringBuilder sse = new StringBuilder();
                for (int i = 0; i < tokens; i++) {
                    sse.append(chunk(i == tokens - 1 ? "step" + finalLine : "step ", null));
                }
                sse.append(chunk("", "stop"));
                sse.append("data: [DONE]\n\n");
                long periodNanos = TimeUnit.SECONDS.toNanos(1) / tokensPerSecond;
                return new MockResponse().setHeader("Content-Type", "text/event-stream")
                        .setHeadersDelay(ttftMillis, TimeUnit.MILLISECONDS)
                        .setBody(sse.toString())
                        .throttleBody(CHUNK_BYTES, periodNanos, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                return new MockResponse().setResponseCode(500).setBody("{\"object\":\"error\",\"message\":\""
                        + e.getMessage() + "\"}");
            }
        }

        private static String chunk(String content, String finish) {
            String json = "{\"id\":\"chatcmpl-b\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":"
                    + "[{\"index\":0,\"delta\":{\"content\":" + quote(content) + "},\"finish_reason\":"
                    + (finish == null ? "null" : "\"" + finish + "\"") + "}]}";
            String line = "data: " + json + "\n\n";
            // Pad every chunk to the same size so the byte throttle is a token throttle.
            int pad = CHUNK_BYTES - line.length();
            return pad > 0 ? "data: " + json.substring(0, json.length() - 1) + ",\"p\":\"" + " ".repeat(
                    Math.max(0, pad - 7)) + "\"}" + "\n\n" : line;
        }

        private static String quote(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
    }
}
