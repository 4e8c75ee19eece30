package io.logicminer.solver.math;

import io.logicminer.spi.chat.ChatMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few-shot prompt that asks a chat model to turn a paraphrased question back into mathgenerator's canonical
 * problem text. The examples (one canonical problem per subtopic) live in {@code canonical-problems.txt}.
 */
final class CanonicalRewritePrompt {

    private static final String SYSTEM = """
            You restore paraphrased math problems to their original, canonical wording.
            The user's message is a math problem that someone rewrote casually: persona chatter, typos, lower case, \
            reordered sentences, a reworded topic line. The numbers and the math were kept.
            Reply with ONLY the original problem in the canonical form, on one line: the same numbers and symbols, \
            no topic line, no explanation, no answer. Canonical problems look exactly like these:
            """;

    private static final List<String> EXAMPLES = load();

    private CanonicalRewritePrompt() {
    }

    static List<ChatMessage> messages(String question) {
        List<ChatMessage> out = new ArrayList<>();
        out.add(ChatMessage.system(SYSTEM + String.join("\n", EXAMPLES)));
        out.add(ChatMessage.user("hey so my teacher wants me to figure out 2's complement of like 1101?? thx"));
        out.add(ChatMessage.assistant("2's complement of 1101 ="));
        out.add(ChatMessage.user("As a busy accountant: what's the simple interest on 3839 dollars at 6% for 1 years, quick!"));
        out.add(ChatMessage.assistant(
                "Simple interest for a principle amount of 3839 dollars, 6% rate of interest and for a time period of 1 years is ="));
        out.add(ChatMessage.user(question));
        return out;
    }

    private static List<String> load() {
        try (InputStream in = CanonicalRewritePrompt.class.getResourceAsStream("canonical-problems.txt")) {
            if (in == null) {
                throw new IllegalStateException("canonical-problems.txt is missing from the solver-math plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).map(l -> "- " + l).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
