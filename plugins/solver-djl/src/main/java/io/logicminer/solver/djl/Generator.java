package io.logicminer.solver.djl;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatModelException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The decoding loop: prefill the prompt (in chunks, growing the key/value cache), then generate the {@code n}
 * samples together as one batch, one token each per forward pass, feeding back only the new tokens and the cache.
 * Each sample ends on an end-of-sequence token, a stop string or its token limit; all end at the deadline.
 *
 * <p>Without the cache ({@code useKvCache = false}, for tests) every step runs the whole sequence again from an
 * empty past; the tokens must be the same.
 */
final class Generator {

    private final CausalLm lm;
    private final HuggingFaceTokenizer tokenizer;
    private final Clock clock;
    private final int prefillChunk;
    private final boolean useKvCache;

    Generator(CausalLm lm, HuggingFaceTokenizer tokenizer, Clock clock, int prefillChunk, boolean useKvCache) {
        this.lm = lm;
        this.tokenizer = tokenizer;
        this.clock = clock;
        this.prefillChunk = prefillChunk;
        this.useKvCache = useKvCache;
    }

    Generation generate(long[] prompt, Sampling sampling) {
        ModelDirectory spec = lm.spec();
        int n = sampling.n();
        int maxTokens = Math.min(sampling.maxTokens(), spec.maxPositions() - prompt.length);
        if (maxTokens < 1) {
            // what an OpenAI-compatible server answers to a prompt beyond the context: a client error, not retried
            throw new ChatModelException(ChatModelException.Reason.HTTP_STATUS, 400, "the prompt has "
                    + prompt.length + " tokens; the model takes at most " + spec.maxPositions() + " in all", null);
        }
        Random[] random = new Random[n];
        for (int i = 0; i < n; i++) {
            random[i] = new Random(sampling.seed() != null ? sampling.seed() + i : ThreadLocalRandom.current().nextLong());
        }
        List<List<Long>> generated = new ArrayList<>();
        List<Set<Integer>> seen = new ArrayList<>();
        Set<Integer> promptTokens = new HashSet<>();
        for (long t : prompt) {
            promptTokens.add((int) t);
        }
        for (int i = 0; i < n; i++) {
            generated.add(new ArrayList<>());
            seen.add(new HashSet<>(promptTokens));
        }
        String[] finish = new String[n];
        String[] text = new String[n];
        int[] counted = new int[n];

        try (NDManager manager = lm.newManager()) {
            long start = System.nanoTime();
            Step step = useKvCache ? prefill(manager, prompt, n, sampling) : recompute(manager, prompt, generated, n);
            long prefillNanos = System.nanoTime() - start;
            long decodeStart = System.nanoTime();
            int decodeSteps = 0;
            while (true) {
                for (int i = 0; i < n; i++) {
                    if (finish[i] != null) {
                        continue;
                    }
                    int token = sampling.sampler().next(step.logits[i], seen.get(i), random[i]);
                    counted[i]++;
                    if (spec.eosTokenIds().contains((long) token)) {
                        finish[i] = "stop";
                        continue;
                    }
                    generated.get(i).add((long) token);
                    seen.get(i).add(token);
                    if (!sampling.stop().isEmpty()) {
                        String decoded = decode(generated.get(i));
                        int cut = firstStop(decoded, sampling.stop());
                        if (cut >= 0) {
                            text[i] = decoded.substring(0, cut);
                            finish[i] = "stop";
                            continue;
                        }
                    }
                    if (generated.get(i).size() >= maxTokens) {
                        finish[i] = "length";
                    }
                }
                if (Arrays.stream(finish).allMatch(f -> f != null)) {
                    break;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new ChatModelException(ChatModelException.Reason.INTERRUPTED, "interrupted while generating");
                }
                if (sampling.deadline() != null && !clock.instant().isBefore(sampling.deadline())) {
                    for (int i = 0; i < n; i++) {
                        if (finish[i] == null) {
                            finish[i] = ChatChoice.DEADLINE;
                        }
                    }
                    break;
                }
                long[][] next = new long[n][];
                for (int i = 0; i < n; i++) {
                    List<Long> g = generated.get(i);
                    // a finished sample is fed its last token again; its logits are not read
                    next[i] = new long[] {g.isEmpty() ? prompt[prompt.length - 1] : g.get(g.size() - 1)};
                }
                step = useKvCache ? step.advance(manager, next) : recompute(manager, prompt, generated, n);
                decodeSteps++;
            }
            long decodeNanos = System.nanoTime() - decodeStart;
            step.close();
            List<Completion> completions = new ArrayList<>(n);
            int total = 0;
            for (int i = 0; i < n; i++) {
                long[] tokens = generated.get(i).stream().mapToLong(Long::longValue).toArray();
                String t = text[i] != null ? text[i] : decode(generated.get(i));
                completions.add(new Completion(tokens, t, finish[i]));
                total += counted[i];
            }
            return new Generation(completions, prompt.length, total, prefillNanos, decodeNanos, decodeSteps);
        }
    }

    /** Runs the prompt through the model chunk by chunk; the last chunk's logits give every sample's first token. */
    private Step prefill(NDManager parent, long[] prompt, int n, Sampling sampling) {
        NDManager manager = parent.newSubManager();
        NDList past = lm.emptyPast(manager, 1);
        int pastLength = 0;
        CausalLm.Forward forward = null;
        while (pastLength < prompt.length) {
            if (sampling.deadline() != null && !clock.instant().isBefore(sampling.deadline())) {
                manager.close();
                throw new ChatModelException(ChatModelException.Reason.DEADLINE, "the deadline passed while reading"
                        + " the prompt (" + pastLength + " of " + prompt.length + " tokens)");
            }
            if (Thread.currentThread().isInterrupted()) {
                manager.close();
                throw new ChatModelException(ChatModelException.Reason.INTERRUPTED, "interrupted while reading the"
                        + " prompt (" + pastLength + " of " + prompt.length + " tokens)");
            }
            int length = Math.min(prefillChunk, prompt.length - pastLength);
            long[][] chunk = {Arrays.copyOfRange(prompt, pastLength, pastLength + length)};
            NDManager chunkManager = parent.newSubManager();
            forward = lm.forward(chunkManager, chunk, pastLength, past);
            manager.close();
            manager = chunkManager;
            past = forward.present();
            pastLength += length;
        }
        float[] last = forward.lastLogits()[0];
        float[][] logits = new float[n][];
        for (int i = 0; i < n; i++) {
            logits[i] = last.clone();
        }
        if (n > 1) {
            NDManager batchManager = parent.newSubManager();
            past = lm.repeat(batchManager, past, n);
            manager.close();
            manager = batchManager;
        }
        return new Step(manager, past, pastLength, logits);
    }

    /** The cache-free reference: the whole sequence (prompt and what each sample generated so far) from scratch. */
    private Step recompute(NDManager parent, long[] prompt, List<List<Long>> generated, int n) {
        int length = prompt.length + generated.get(0).size();
        long[][] tokens = new long[n][length];
        for (int i = 0; i < n; i++) {
            List<Long> g = generated.get(i);
            if (prompt.length + g.size() != length) {
                throw new IllegalStateException("recomputing needs samples of equal length");
            }
            System.arraycopy(prompt, 0, tokens[i], 0, prompt.length);
            for (int j = 0; j < g.size(); j++) {
                tokens[i][prompt.length + j] = g.get(j);
            }
        }
        try (NDManager manager = parent.newSubManager()) {
            return new Step(null, null, 0, lm.forward(manager, tokens, 0, lm.emptyPast(manager, n)).lastLogits());
        }
    }

    private String decode(List<Long> tokens) {
        return tokenizer.decode(tokens.stream().mapToLong(Long::longValue).toArray(), true);
    }

    /** Where the earliest stop string starts in {@code text}, or -1. */
    static int firstStop(String text, List<String> stop) {
        int first = -1;
        for (String s : stop) {
            int at = s.isEmpty() ? -1 : text.indexOf(s);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** The cache after some tokens, in its own manager, and the logits for each sample's next token. */
    private final class Step {
        private final NDManager manager;
        private final NDList past;
        private final int pastLength;
        final float[][] logits;

        Step(NDManager manager, NDList past, int pastLength, float[][] logits) {
            this.manager = manager;
            this.past = past;
            this.pastLength = pastLength;
            this.logits = logits;
        }

        Step advance(NDManager parent, long[][] next) {
            NDManager stepManager = parent.newSubManager();
            CausalLm.Forward forward = lm.forward(stepManager, next, pastLength, past);
            float[][] nextLogits = forward.lastLogits();
            manager.close();
            return new Step(stepManager, forward.present(), pastLength + 1, nextLogits);
        }

        void close() {
            if (manager != null) {
                manager.close();
            }
        }
    }
}
