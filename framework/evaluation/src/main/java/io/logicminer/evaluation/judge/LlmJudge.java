package io.logicminer.evaluation.judge;

import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatRequest;

import java.util.List;
import java.util.Locale;

/**
 * LogicNet's LLM judge (rewarder.py at da29213): the validator's exact prompt, max_tokens 32, temperature 0.7;
 * the reply, stripped and lower-cased, is 0 when it contains "incorrect", else 1 when it contains "correct",
 * else 0.3.
 */
public final class LlmJudge implements CorrectnessJudge {

    private final ChatModel model;

    public LlmJudge(ChatModel model) {
        this.model = model;
    }

    /** The validator's prompt, character for character. */
    public static String prompt(String rawQuestion, String groundTruth, String answer) {
        return rawQuestion + "\n The ground truth is " + groundTruth + "\n\n Your task is rate the correctness of this "
                + "answer into 'correct' or 'incorrect'. The correct answer need have numerical or reasoning nearly "
                + "equivalent to ground truth above. Just say your rating, don't reasoning anymore!.\n---" + answer
                + "\n---";
    }

    /** The validator's parsing of the judge's reply. */
    public static double parse(String reply) {
        String text = reply == null ? "" : reply.strip().toLowerCase(Locale.ROOT);
        if (text.contains("incorrect")) {
            return 0;
        }
        if (text.contains("correct")) {
            return 1;
        }
        return 0.3;
    }

    @Override
    public String method() {
        return "LLM judge with the validator's prompt (" + model.describe() + ")";
    }

    @Override
    public double rate(String rawQuestion, String groundTruth, String answer) {
        ChatRequest request = new ChatRequest(List.of(ChatMessage.user(prompt(rawQuestion, groundTruth, answer))),
                0.7, null, 32, null, 1, null);
        return parse(model.complete(request).choices().get(0).content());
    }
}
