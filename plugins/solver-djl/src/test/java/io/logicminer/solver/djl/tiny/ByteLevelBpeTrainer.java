package io.logicminer.solver.djl.tiny;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trains a byte-level BPE vocabulary (the GPT-2 / Qwen kind: 256 byte symbols, then the most frequent adjacent pair
 * merged again and again) on a corpus, splitting words with the same regular expression as the tokenizer's
 * {@code ByteLevel} pre-tokenizer. The result is what a Hugging Face {@code tokenizer.json} "model" section holds.
 */
final class ByteLevelBpeTrainer {

    /** Byte-level BPE's pre-tokenizer split (GPT-2's): contractions, letters, digits, other symbols, spaces. */
    private static final Pattern WORDS = Pattern.compile(
            "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+");

    /** The vocabulary (token → id, byte symbols first) and the merges in order. */
    record Bpe(Map<String, Integer> vocab, List<String> merges) {
    }

    static Bpe train(String corpus, int merges) {
        String[] byteSymbols = byteSymbols();
        Map<String, Integer> vocab = new LinkedHashMap<>();
        for (int b = 0; b < 256; b++) {
            vocab.put(byteSymbols[b], vocab.size());
        }
        Map<List<String>, Integer> words = new HashMap<>();
        Matcher m = WORDS.matcher(corpus);
        while (m.find()) {
            List<String> symbols = new ArrayList<>();
            for (byte b : m.group().getBytes(StandardCharsets.UTF_8)) {
                symbols.add(byteSymbols[b & 0xff]);
            }
            words.merge(symbols, 1, Integer::sum);
        }
        List<String> mergeList = new ArrayList<>();
        for (int i = 0; i < merges; i++) {
            Map<String, Integer> pairs = new HashMap<>();
            for (var word : words.entrySet()) {
                List<String> s = word.getKey();
                for (int j = 0; j + 1 < s.size(); j++) {
                    pairs.merge(s.get(j) + " " + s.get(j + 1), word.getValue(), Integer::sum);
                }
            }
            // most frequent pair; ties broken by the pair's text so the result is the same on every JVM
            String best = null;
            int bestCount = 1;
            for (var pair : pairs.entrySet()) {
                if (pair.getValue() > bestCount || pair.getValue() == bestCount && best != null
                        && pair.getKey().compareTo(best) < 0) {
                    best = pair.getKey();
                    bestCount = pair.getValue();
                }
            }
            if (best == null) {
                break;
            }
            String[] parts = best.split(" ");
            String merged = parts[0] + parts[1];
            mergeList.add(best);
            vocab.putIfAbsent(merged, vocab.size());
            Map<List<String>, Integer> next = new HashMap<>();
            for (var word : words.entrySet()) {
                List<String> s = word.getKey();
                List<String> t = new ArrayList<>(s.size());
                for (int j = 0; j < s.size(); j++) {
                    if (j + 1 < s.size() && s.get(j).equals(parts[0]) && s.get(j + 1).equals(parts[1])) {
                        t.add(merged);
                        j++;
                    } else {
                        t.add(s.get(j));
                    }
                }
                next.merge(t, word.getValue(), Integer::sum);
            }
            words = next;
        }
        return new Bpe(vocab, mergeList);
    }

    /**
     * Byte-level BPE's byte → printable character table: printable Latin-1 bytes stand for themselves, the others
     * are shifted to U+0100 and up, in byte order.
     */
    static String[] byteSymbols() {
        String[] symbols = new String[256];
        int shifted = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = b >= '!' && b <= '~' || b >= 0xA1 && b <= 0xAC || b >= 0xAE && b <= 0xFF;
            symbols[b] = String.valueOf((char) (printable ? b : 256 + shifted++));
        }
        return symbols;
    }
}
