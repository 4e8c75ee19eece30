package io.logicminer.example.say;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.Solution;
import io.logicminer.spi.category.Reply;
import io.logicminer.spi.HostContext;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.category.CategoryType;
import io.logicminer.spi.chat.ChatMessage;
import org.pf4j.Extension;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An "Exact" category for eval's tests (not "Logic": app's tests also have the real Logic category on the class
 * path): answers are equivalent when equal after trimming and lower-casing.
 */
@Extension
public class ExactCategoryType implements CategoryType {

    @Override
    public String name() {
        return "Exact";
    }

    @Override
    public Category create(ComponentConfig config, HostContext context) {
        return new Category() {
            @Override
            public String name() {
                return "Exact";
            }

            @Override
            public List<ChatMessage> reasoningPrompt(String question) {
                return List.of(ChatMessage.user(question));
            }

            @Override
            public String answerFollowUp() {
                return "Answer briefly.";
            }

            @Override
            public List<ChatMessage> singleCallPrompt(String question) {
                return List.of(ChatMessage.user(question));
            }

            @Override
            public Optional<String> extractAnswer(String modelOutput) {
                return Optional.of(modelOutput.strip());
            }

            @Override
            public String normalize(String answer) {
                return answer.strip().toLowerCase(Locale.ROOT);
            }

            @Override
            public boolean equivalent(String answer, String expected) {
                return normalize(answer).equals(normalize(expected));
            }

            /** Marks the reasoning (which no reward here reads) so tests see that eval sends replies through it. */
            @Override
            public Reply finalise(Challenge challenge, Solution solution) {
                return new Reply("[finalised] " + solution.reasoning(), solution.answer());
            }
        };
    }
}
