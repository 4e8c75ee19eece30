package io.logicminer.category.logic;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.chat.ChatMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Logic category's prompt templates. A template holds the placeholder {@value #QUESTION_PLACEHOLDER}, replaced by
 * the question text.
 *
 * @param systemPrompt     an optional system message sent before every prompt; blank for none
 * @param reasoningPrompt  the user message of the first call of a two-call solve
 * @param answerFollowUp   the follow-up user message of the second call
 * @param singleCallPrompt the user message of a single call that asks for reasoning and a final-answer line
 */
public record LogicPrompts(String systemPrompt, String reasoningPrompt, String answerFollowUp,
                           String singleCallPrompt) {

    /** The placeholder a template uses for the question. */
    public static final String QUESTION_PLACEHOLDER = "{question}";

    /** Default of {@code reasoning_prompt}: the question alone, as the reference miner sends it. */
    public static final String DEFAULT_REASONING_PROMPT = QUESTION_PLACEHOLDER;

    /** Default of {@code answer_follow_up}: the reference miner's second message, word for word. */
    public static final String DEFAULT_ANSWER_FOLLOW_UP = "Give me the final short answer as a sentence. "
            + "Don't reasoning anymore, just say the final answer in math latex.";

    /** Default of {@code single_call_prompt}. */
    public static final String DEFAULT_SINGLE_CALL_PROMPT = """
            Solve the following math problem. Reason step by step, concisely, showing only the steps that matter. \
            Then write one last line of the form "Final answer: <answer>" that gives only the short final answer, \
            in the form the problem asks for, with nothing after it.

            Problem:
            {question}""";

    /** The defaults, as documented in {@code logicminer-plugin.conf}. */
    public static final LogicPrompts DEFAULTS = new LogicPrompts("", DEFAULT_REASONING_PROMPT,
            DEFAULT_ANSWER_FOLLOW_UP, DEFAULT_SINGLE_CALL_PROMPT);

    public LogicPrompts {
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(reasoningPrompt, "reasoningPrompt");
        Objects.requireNonNull(answerFollowUp, "answerFollowUp");
        Objects.requireNonNull(singleCallPrompt, "singleCallPrompt");
    }

    /**
     * Reads {@code system_prompt}, {@code reasoning_prompt}, {@code answer_follow_up} and {@code single_call_prompt}
     * from the category's section, each defaulting to {@link #DEFAULTS}.
     *
     * @throws io.logicminer.spi.InvalidConfigException when a question template lacks {@value #QUESTION_PLACEHOLDER}
     *     or the follow-up is blank
     */
    public static LogicPrompts fromConfig(ComponentConfig config) {
        String system = config.getString("system_prompt", DEFAULTS.systemPrompt);
        String reasoning = config.getString("reasoning_prompt", DEFAULTS.reasoningPrompt);
        String followUp = config.getString("answer_follow_up", DEFAULTS.answerFollowUp);
        String single = config.getString("single_call_prompt", DEFAULTS.singleCallPrompt);
        requirePlaceholder(config, "reasoning_prompt", reasoning);
        requirePlaceholder(config, "single_call_prompt", single);
        if (followUp.isBlank()) {
            throw config.invalid("answer_follow_up", "must not be blank; remove the key to use the default \""
                    + DEFAULT_ANSWER_FOLLOW_UP + "\"");
        }
        return new LogicPrompts(system, reasoning, followUp, single);
    }

    private static void requirePlaceholder(ComponentConfig config, String key, String template) {
        if (!template.contains(QUESTION_PLACEHOLDER)) {
            throw config.invalid(key, "must contain the placeholder " + QUESTION_PLACEHOLDER
                    + " where the question goes, e.g. \"" + QUESTION_PLACEHOLDER + "\" alone; got \"" + template + "\"");
        }
    }

    /** Messages of the first call of a two-call solve. */
    public List<ChatMessage> reasoningMessages(String question) {
        return messages(reasoningPrompt, question);
    }

    /** Messages of a single-call solve. */
    public List<ChatMessage> singleCallMessages(String question) {
        return messages(singleCallPrompt, question);
    }

    private List<ChatMessage> messages(String template, String question) {
        Objects.requireNonNull(question, "question");
        List<ChatMessage> messages = new ArrayList<>(2);
        if (!systemPrompt.isBlank()) {
            messages.add(ChatMessage.system(systemPrompt));
        }
        messages.add(ChatMessage.user(template.replace(QUESTION_PLACEHOLDER, question)));
        return List.copyOf(messages);
    }
}
