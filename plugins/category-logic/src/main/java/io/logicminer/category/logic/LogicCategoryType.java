package io.logicminer.category.logic;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.category.CategoryType;
import org.pf4j.Extension;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Contributes the {@code Logic} category, configured from the section {@code categories.Logic}:
 * <pre>
 * categories.Logic {
 *   system_prompt = ""                 # optional system message
 *   reasoning_prompt = "{question}"    # first call of a two-call solve
 *   answer_follow_up = "Give me the final short answer as a sentence. ..."
 *   single_call_prompt = "... {question}"
 *   equivalence { relative_tolerance = 1e-9, minimum_decimals = 2 }
 *   hygiene { deny_words = [...], max_answer_words = 19, empty_answer = "unknown" }
 * }
 * </pre>
 * Unknown keys are rejected so that a misspelt key is not silently ignored.
 */
@Extension
public final class LogicCategoryType implements CategoryType {

    private static final Set<String> KEYS = Set.of("system_prompt", "reasoning_prompt", "answer_follow_up",
            "single_call_prompt", "equivalence", "hygiene");
    private static final Set<String> EQUIVALENCE_KEYS = Set.of("relative_tolerance", "minimum_decimals");
    private static final Set<String> HYGIENE_KEYS = Set.of("deny_words", "max_answer_words", "empty_answer");

    @Override
    public String name() {
        return LogicCategory.NAME;
    }

    @Override
    public String description() {
        return "Logic: LogicNet math/logic questions; prompts, final-answer extraction, equivalence of answers";
    }

    @Override
    public Category create(ComponentConfig config, HostContext context) {
        rejectUnknown(config, KEYS);
        LogicPrompts prompts = LogicPrompts.fromConfig(config);
        AnswerEquivalence equivalence = AnswerEquivalence.standard();
        if (config.has("equivalence")) {
            ComponentConfig section = config.section("equivalence");
            rejectUnknown(section, EQUIVALENCE_KEYS);
            double tolerance = section.getDouble("relative_tolerance", AnswerEquivalence.DEFAULT_RELATIVE_TOLERANCE);
            int decimals = section.getInt("minimum_decimals", AnswerEquivalence.DEFAULT_MINIMUM_DECIMALS);
            if (!(tolerance >= 0 && tolerance < 0.01)) {
                throw section.invalid("relative_tolerance", "must be in [0, 0.01), got " + tolerance
                        + "; the default 1e-9 only absorbs floating-point noise (rounded answers are handled by"
                        + " minimum_decimals)");
            }
            if (decimals < 0 || decimals > 12) {
                throw section.invalid("minimum_decimals", "must be in [0, 12], got " + decimals);
            }
            equivalence = new AnswerEquivalence(tolerance, decimals);
        }
        return new LogicCategory(prompts, equivalence, hygiene(config));
    }

    private static AnswerHygiene hygiene(ComponentConfig config) {
        if (!config.has("hygiene")) {
            return AnswerHygiene.standard();
        }
        ComponentConfig section = config.section("hygiene");
        rejectUnknown(section, HYGIENE_KEYS);
        List<String> denyWords = section.getStringList("deny_words", AnswerHygiene.DEFAULT_DENY_WORDS);
        int maxWords = section.getInt("max_answer_words", AnswerHygiene.VALIDATOR_WORD_LIMIT);
        if (maxWords < 1 || maxWords > AnswerHygiene.VALIDATOR_WORD_LIMIT) {
            throw section.invalid("max_answer_words", "must be 1 to " + AnswerHygiene.VALIDATOR_WORD_LIMIT
                    + ", got " + maxWords + " (validators send answers of 20 words or more through an LLM"
                    + " extraction that scores 0 when it finds nothing)");
        }
        String emptyAnswer = section.getString("empty_answer", AnswerHygiene.DEFAULT_EMPTY_ANSWER);
        try {
            return new AnswerHygiene(denyWords, maxWords, emptyAnswer);
        } catch (IllegalArgumentException e) {
            throw section.invalid("empty_answer", "must be a short answer that keeps the rules, got '" + emptyAnswer
                    + "': " + e.getMessage());
        }
    }

    private static void rejectUnknown(ComponentConfig config, Set<String> known) {
        for (String key : config.keys()) {
            if (!known.contains(key)) {
                throw config.invalid(key, "unknown key; known keys are " + new TreeSet<>(known));
            }
        }
    }
}
