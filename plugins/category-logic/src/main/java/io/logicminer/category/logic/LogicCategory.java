package io.logicminer.category.logic;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.category.Reply;
import io.logicminer.spi.chat.ChatMessage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * LogicNet's {@code Logic} category: configurable prompts, {@link FinalAnswerExtractor final-answer extraction},
 * {@link AnswerNormalizer normalisation}, {@link AnswerEquivalence equivalence} and the {@link AnswerHygiene} every
 * reply goes through before it leaves the miner. Immutable and thread-safe.
 */
public final class LogicCategory implements Category {

    /** The category name validators send. */
    public static final String NAME = "Logic";

    private final LogicPrompts prompts;
    private final AnswerEquivalence equivalence;
    private final AnswerHygiene hygiene;

    /** With the {@linkplain AnswerHygiene#standard() standard} answer hygiene. */
    public LogicCategory(LogicPrompts prompts, AnswerEquivalence equivalence) {
        this(prompts, equivalence, AnswerHygiene.standard());
    }

    public LogicCategory(LogicPrompts prompts, AnswerEquivalence equivalence, AnswerHygiene hygiene) {
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.equivalence = Objects.requireNonNull(equivalence, "equivalence");
        this.hygiene = Objects.requireNonNull(hygiene, "hygiene");
    }

    /** The category with default prompts and equivalence, for tests and tools that run without a host. */
    public static LogicCategory withDefaults() {
        return new LogicCategory(LogicPrompts.DEFAULTS, AnswerEquivalence.standard());
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The prompt templates in use. */
    public LogicPrompts prompts() {
        return prompts;
    }

    /** The answer hygiene applied to every reply. */
    public AnswerHygiene hygiene() {
        return hygiene;
    }

    /**
     * Every reply, whatever solver made it and however it ended, goes through the {@link AnswerHygiene}: a short,
     * non-empty answer free of what validators penalise, and non-empty reasoning.
     */
    @Override
    public Reply finalise(Challenge challenge, Solution solution) {
        return hygiene.clean(solution.reasoning(), solution.answer());
    }

    /** The equivalence in use. */
    public AnswerEquivalence equivalence() {
        return equivalence;
    }

    @Override
    public List<ChatMessage> reasoningPrompt(String question) {
        return prompts.reasoningMessages(question);
    }

    @Override
    public String answerFollowUp() {
        return prompts.answerFollowUp();
    }

    @Override
    public List<ChatMessage> singleCallPrompt(String question) {
        return prompts.singleCallMessages(question);
    }

    @Override
    public Optional<String> extractAnswer(String modelOutput) {
        return FinalAnswerExtractor.extract(modelOutput).map(AnswerNormalizer::normalize).filter(s -> !s.isEmpty());
    }

    @Override
    public String normalize(String answer) {
        return AnswerNormalizer.normalize(answer);
    }

    @Override
    public boolean equivalent(String answer, String expected) {
        return equivalence.equivalent(answer, expected);
    }

    /** Challenges in mathgenerator's formats for the offline validator (see {@code LogicChallengeGenerator}). */
    @Override
    public java.util.Optional<io.logicminer.spi.category.ChallengeGenerator> generator() {
        return java.util.Optional.of(GENERATOR);
    }

    private static final io.logicminer.spi.category.ChallengeGenerator GENERATOR =
            new io.logicminer.category.logic.generator.LogicChallengeGenerator();
}
