package io.logicminer.solver.openai;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.Timings;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.solver.Solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers with a chat model directly, in one of two {@link DirectMode}s.
 *
 * <p>{@code two-call} is the reference miner exactly: call 1 sends the category's reasoning prompt (the question
 * as the user message) with max_tokens 2048 and temperature 0.8; call 2 sends that conversation, the reasoning as
 * the assistant's turn and the category's follow-up ("Give me the final short answer as a sentence. ...") with
 * max_tokens 512 and temperature 0.7. {@code single-call} sends the category's single-call prompt once and lets
 * the category extract the final answer — one round trip and no second prefill, which the validator's speed
 * term rewards.
 */
final class DirectSolver implements Solver {

    static final int REASONING_MAX_TOKENS = 2048;
    static final double REASONING_TEMPERATURE = 0.8;
    static final int ANSWER_MAX_TOKENS = 512;
    static final double ANSWER_TEMPERATURE = 0.7;

    private final String name;
    private final ChatModel model;
    private final Category category;
    private final DirectMode mode;
    private final int singleCallMaxTokens;
    private final double singleCallTemperature;

    DirectSolver(String name, ChatModel model, Category category, DirectMode mode, int singleCallMaxTokens,
                 double singleCallTemperature) {
        this.name = name;
        this.model = model;
        this.category = category;
        this.mode = mode;
        this.singleCallMaxTokens = singleCallMaxTokens;
        this.singleCallTemperature = singleCallTemperature;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Solution solve(Challenge challenge) {
        long start = System.nanoTime();
        try {
            return mode == DirectMode.TWO_CALL ? twoCalls(challenge, start) : oneCall(challenge, start);
        } catch (ChatModelException e) {
            Timings timings = Timings.of(Duration.ofNanos(System.nanoTime() - start));
            return (e.reason() == ChatModelException.Reason.DEADLINE
                    ? Solution.timedOut(name, "", model.name() + ": " + e.getMessage())
                    : Solution.failed(name, model.name() + ": " + e.getMessage())).withTimings(timings);
        }
    }

    private Solution twoCalls(Challenge challenge, long start) {
        List<ChatMessage> conversation = new ArrayList<>(category.reasoningPrompt(challenge.question()));
        ChatChoice first = model.complete(new ChatRequest(conversation, REASONING_TEMPERATURE, null,
                REASONING_MAX_TOKENS, null, 1, challenge.deadline())).choices().get(0);
        long afterFirst = System.nanoTime();
        String reasoning = first.content().strip();
        if (ChatChoice.DEADLINE.equals(first.finishReason())) {
            return Solution.timedOut(name, reasoning, "the reasoning was cut at the deadline")
                    .withTimings(timings(start, afterFirst, afterFirst));
        }
        conversation.add(ChatMessage.assistant(reasoning));
        conversation.add(ChatMessage.user(category.answerFollowUp()));
        ChatChoice second = model.complete(new ChatRequest(conversation, ANSWER_TEMPERATURE, null,
                ANSWER_MAX_TOKENS, null, 1, challenge.deadline())).choices().get(0);
        long end = System.nanoTime();
        String answer = second.content().strip();
        if (answer.isEmpty()) {
            return Solution.timedOut(name, reasoning, ChatChoice.DEADLINE.equals(second.finishReason())
                    ? "the answer call was cut at the deadline" : "the model gave an empty answer")
                    .withTimings(timings(start, afterFirst, end));
        }
        return Solution.answered(name, reasoning, answer).withTimings(timings(start, afterFirst, end));
    }

    private Solution oneCall(Challenge challenge, long start) {
        ChatChoice choice = model.complete(new ChatRequest(category.singleCallPrompt(challenge.question()),
                singleCallTemperature, null, singleCallMaxTokens, null, 1, challenge.deadline())).choices().get(0);
        long end = System.nanoTime();
        String output = choice.content().strip();
        Optional<String> extracted = category.extractAnswer(output);
        Timings timings = Timings.of(Duration.ofNanos(end - start)).withPhase("completion",
                Duration.ofNanos(end - start));
        boolean cut = ChatChoice.DEADLINE.equals(choice.finishReason());
        if (extracted.isEmpty() && (cut || output.isEmpty())) {
            return Solution.timedOut(name, output, cut ? "the completion was cut at the deadline before a final "
                    + "answer" : "the model returned nothing").withTimings(timings);
        }
        String answer = extracted.orElseGet(() -> lastLine(output));
        return Solution.answered(name, withoutFinalLine(output), answer).withTimings(timings);
    }

    private static Timings timings(long start, long afterFirst, long end) {
        return Timings.of(Duration.ofNanos(end - start))
                .withPhase("reasoning", Duration.ofNanos(afterFirst - start))
                .withPhase("answer", Duration.ofNanos(end - afterFirst));
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }

    /** The reasoning without a trailing "Final answer: ..." line. */
    static String withoutFinalLine(String output) {
        String[] lines = output.strip().split("\\R");
        int last = lines.length - 1;
        while (last >= 0 && lines[last].isBlank()) {
            last--;
        }
        if (last > 0 && lines[last].replace("*", "").strip().toLowerCase(java.util.Locale.ROOT)
                .startsWith("final answer")) {
            return String.join("\n", java.util.Arrays.copyOf(lines, last)).strip();
        }
        return output.strip();
    }
}
