package io.logicminer.solver.djl;

import io.logicminer.solver.djl.tiny.TinyModelExporter;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.testkit.MapComponentConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Prints prefill and decode tokens/s of the {@code djl} chat model: one sample with the KV cache, five samples
 * decoded as one batch, and, as the reference in the same run, one sample recomputing the whole prefix each step.
 *
 * <pre>
 * java -cp ... io.logicminer.solver.djl.DecodingBenchmark [model-dir] [prompt-words] [new-tokens] [threads]
 * </pre>
 * Without a model directory it runs on the generated tiny model (target/tiny-model).
 */
public final class DecodingBenchmark {

    private DecodingBenchmark() {
    }

    public static void main(String[] args) {
        Path dir = args.length > 0 && !args[0].equals("tiny") ? Path.of(args[0]) : TinyModelExporter.exportOnce();
        int promptWords = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int newTokens = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        String[] words = ("Natalia sold clips to 48 of her friends in April and then she sold half as many clips in"
                + " May how many clips did she sell altogether").split(" ");
        StringBuilder prompt = new StringBuilder("Solve step by step. ");
        for (int i = 0; i < promptWords; i++) {
            prompt.append(words[i % words.length]).append(' ');
        }
        ChatRequest request = ChatRequest.of(List.of(ChatMessage.user(prompt.toString())))
                .withTemperature(0.0).withMaxTokens(newTokens).withStop(List.of());
        MapComponentConfig config = MapComponentConfig.of("models.bench", "type", "djl", "path", dir.toString(),
                "threads", threads);
        System.out.printf(Locale.ROOT, "model %s, %d threads (0 = one per core), %d cores%n", dir, threads,
                Runtime.getRuntime().availableProcessors());
        try (DjlChatModel cached = DjlChatModel.open("bench", DjlSettings.from(config), Clock.systemUTC(), true);
             DjlChatModel recomputed = DjlChatModel.open("bench", DjlSettings.from(config), Clock.systemUTC(),
                     false)) {
            cached.generate(request.withMaxTokens(4));
            recomputed.generate(request.withMaxTokens(4));
            Generation one = best(cached, request, 3);
            Generation five = best(cached, request.withTemperature(0.7).withN(5), 3);
            Generation reference = best(recomputed, request, 1);
            System.out.printf(Locale.ROOT, "prompt %d tokens, up to %d new tokens%n", one.promptTokens(), newTokens);
            System.out.printf(Locale.ROOT, "%-34s %12s %12s%n", "", "prefill t/s", "decode t/s");
            double oneDecode = decodeRate(one, 1);
            row("KV cache, n = 1", one, oneDecode);
            row("KV cache, n = 5 (one batch)", five, decodeRate(five, 5));
            double refDecode = decodeRate(reference, 1);
            row("reference: recompute prefix, n = 1", reference, refDecode);
            System.out.printf(Locale.ROOT, "KV cache decode vs recompute: %.1fx; n = 5 batch vs n = 1: %.1fx tokens/s%n",
                    oneDecode / refDecode, decodeRate(five, 5) / oneDecode);
        }
    }

    private static Generation best(DjlChatModel model, ChatRequest request, int runs) {
        Generation best = null;
        for (int i = 0; i < runs; i++) {
            Generation g = model.generate(request);
            if (best == null || g.prefillNanos() + g.decodeNanos() < best.prefillNanos() + best.decodeNanos()) {
                best = g;
            }
        }
        return best;
    }

    /** Tokens per second over the decoding steps: each step gives one token to each of the n samples. */
    private static double decodeRate(Generation g, int n) {
        return g.decodeSteps() * (double) n / (g.decodeNanos() / 1e9);
    }

    private static void row(String label, Generation g, double decode) {
        System.out.printf(Locale.ROOT, "%-34s %12.0f %12.1f%n", label, g.promptTokens() / (g.prefillNanos() / 1e9),
                decode);
    }
}
