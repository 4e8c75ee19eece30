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
 *
 * <p>A late answer is still an answer: when a call is cut at the deadline (or its stream breaks off) the solver
 * returns {@link io.logicminer.spi.SolutionStatus#PARTIAL} with the text so far and the best answer in it (see
 * {@link BestEffortAnswer}); an unreachable model or an HTTP error is
 * {@link io.logicminer.spi.SolutionStatus#LLM_ERROR}, a deadline with no text at all
 * {@link io.logicminer.spi.SolutionStatus#TIMED_OUT}. I/O-bound: it runs on a virtual thread.
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
        return mode == DirectMode.TWO_CALL ? twoCalls(challenge, start) : oneCall(challenge, start);
    }

    private Solution twoCalls(Challenge challenge, long start) {
        List<ChatMessage> conversation = new ArrayList<>(category.reasoningPrompt(challenge.question()));
        ChatChoice first;
        try {
            first = model.complete(new ChatRequest(conversation, REASONING_TEMPERATURE, null,
                    REASONING_MAX_TOKENS, null, 1, challenge.deadline())).choices().get(0);
        } catch (ChatModelException e) {
            return problem(e, "", "the reasoning call").withTimings(Timings.of(since(start)));
        }
        long afterFirst = System.nanoTime();
        String reasoning = first.content().strip();
        if (first.cutShort()) {
            return bestEffort(reasoning, "", "the reasoning was cut (" + first.finishReason() + ")")
                    .withTimings(timings(start, afterFirst, afterFirst));
        }
        conversation.add(ChatMessage.assistant(reasoning));
        conversation.add(ChatMessage.user(category.answerFollowUp()));
        ChatChoice second;
        try {
            second = model.complete(new ChatRequest(conversation, ANSWER_TEMPERATURE, null,
                    ANSWER_MAX_TOKENS, null, 1, challenge.deadline())).choices().get(0);
        } catch (ChatModelException e) {
            // The reasoning is whole; only the short answer is missing. Take the best answer the reasoning has.
            long end = System.nanoTime();
            Solution failed = problem(e, reasoning, "the answer call");
            return BestEffortAnswer.from(category, reasoning)
                    .map(best -> Solution.partial(name, reasoning, best.answer(), failed.error() + "; answer: "
                            + best.source()))
                    .orElse(failed).withTimings(timings(start, afterFirst, end));
        }
        long end = System.nanoTime();
        String answer = second.content().strip();
        if (second.cutShort()) {
            return bestEffort(reasoning, answer, "the answer call was cut (" + second.finishReason() + ")")
                    .withTimings(timings(start, afterFirst, end));
        }
        if (answer.isEmpty()) {
            return Solution.empty(name, reasoning, "the model gave an empty answer")
                    .withTimings(timings(start, afterFirst, end));
        }
        return Solution.answered(name, reasoning, answer).withTimings(timings(start, afterFirst, end));
    }

    private Solution oneCall(Challenge challenge, long start) {
        ChatChoice choice;
        try {
            choice = model.complete(new ChatRequest(category.singleCallPrompt(challenge.question()),
                    singleCallTemperature, null, singleCallMaxTokens, null, 1, challenge.deadline())).choices().get(0);
        } catch (ChatModelException e) {
            return problem(e, "", "the completion").withTimings(Timings.of(since(start)));
        }
        long end = System.nanoTime();
        String output = choice.content().strip();
        Timings timings = Timings.of(Duration.ofNanos(end - start)).withPhase("completion",
                Duration.ofNanos(end - start));
        if (choice.cutShort()) {
            return bestEffort(output, "", "the completion was cut (" + choice.finishReason() + ")")
                    .withTimings(timings);
        }
        if (output.isEmpty()) {
            return Solution.empty(name, "", "the model returned nothing").withTimings(timings);
        }
        Optional<String> extracted = category.extractAnswer(output);
        String answer = extracted.orElseGet(() -> lastLine(output));
        return Solution.answered(name, withoutFinalLine(output), answer).withTimings(timings);
    }

    /**
     * What a cut solve returns: the text so far and the best answer in it (the cut answer text first, then the
     * reasoning); timed out, keeping the reasoning, when there is no answer to be had.
     */
    private Solution bestEffort(String reasoning, String cutAnswer, String what) {
        Optional<BestEffortAnswer> best = BestEffortAnswer.from(category, cutAnswer)
                .or(() -> BestEffortAnswer.from(category, reasoning));
        String kept = withoutFinalLine(reasoning);
        if (best.isPresent()) {
            return Solution.partial(name, kept.isEmpty() ? reasoning : kept, best.get().answer(),
                    what + "; answer: " + best.get().source());
        }
        if (reasoning.isEmpty()) {
            return Solution.timedOut(name, "", what + " before any text arrived");
        }
        return Solution.timedOut(name, reasoning, what + " before anything answer-like");
    }

    /** A chat failure as a solution: deadline and interrupt are timeouts, an unreachable or erroring model an LLM error. */
    private Solution problem(ChatModelException e, String reasoning, String step) {
        String why = step + " to " + model.name() + ": " + e.getMessage();
        return switch (e.reason()) {
            case DEADLINE, INTERRUPTED -> Solution.timedOut(name, reasoning, why);
            case HTTP_STATUS, IO -> Solution.llmError(name, reasoning, why);
            case MALFORMED_RESPONSE -> Solution.failed(name, why);
        };
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
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
