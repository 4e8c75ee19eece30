package io.logicminer.similarity.minilm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Embedding throughput of all-MiniLM-L6-v2 on ONNX Runtime: sentences/s with 1 and 2 threads over reasoning-like
 * sentences. Not a test. Run: {@code java -cp <test classpath> io.logicminer.similarity.minilm.EmbeddingBenchmark [n]}.
 */
public final class EmbeddingBenchmark {

    private EmbeddingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sentences.add("Step " + i + ": subtract " + (i % 17) + " from both sides, so " + (i % 9 + 2) + "x = "
                    + (i * 3 % 50) + ", and dividing by " + (i % 9 + 2) + " gives the value of x.");
        }
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            for (String s : sentences.subList(0, Math.min(100, n))) {
                embedder.embed(s); // warm-up
            }
            for (int batch : new int[] {16, 64}) {
                long start = System.nanoTime();
                for (int i = 0; i < sentences.size(); i += batch) {
                    embedder.embedAll(sentences.subList(i, Math.min(sentences.size(), i + batch)));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "batches of %d: %.0f sentences/s (%d in %.2f s; target >= 200)%n",
                        batch, n / seconds, n, seconds);
            }
            for (int threads : new int[] {1, 2}) {
                long start = System.nanoTime();
                try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                    List<Future<?>> futures = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        int offset = t;
                        futures.add(pool.submit(() -> {
                            for (int i = offset; i < sentences.size(); i += threads) {
                                embedder.embed(sentences.get(i));
                            }
                        }));
                    }
                    for (Future<?> f : futures) {
                        f.get();
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "%d thread(s): %.0f sentences/s (%d in %.2f s; target >= 200)%n",
                        threads, n / seconds, n, seconds);
            }
        }
    }
}
