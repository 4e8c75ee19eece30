package io.logicminer.category.logic;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.InvalidConfigException;
import io.logicminer.spi.Solution;
import io.logicminer.spi.category.Reply;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatRole;
import io.logicminer.testkit.FixedHostContext;
import io.logicminer.testkit.MapComponentConfig;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogicCategoryTypeTest {

    private static final String QUESTION = "Find the solution of this math problem:\n---\n"
            + "Topic: Algebra, Subtopic: Basic algebra.\n2x + 5 = 7\n---\n";

    private static Category create(MapComponentConfig config) {
        return new LogicCategoryType().create(config, new FixedHostContext());
    }

    @Test
    void defaultsFollowTheReferenceMiner() {
        Category category = create(new MapComponentConfig("categories.Logic", Map.of()));
        assertEquals("Logic", category.name());
        assertEquals(List.of(ChatMessage.user(QUESTION)), category.reasoningPrompt(QUESTION));
        assertEquals("Give me the final short answer as a sentence. Don't reasoning anymore, just say the final "
                + "answer in math latex.", category.answerFollowUp());
        List<ChatMessage> single = category.singleCallPrompt(QUESTION);
        assertEquals(1, single.size());
        assertTrue(single.get(0).content().contains("Final answer:"));
        assertTrue(single.get(0).content().endsWith(QUESTION));
        assertTrue(category.equivalent("\\boxed{1}", "1"));
        assertEquals("Logic", new LogicCategoryType().name());
    }

    @Test
    void templatesAndToleranceAreConfigurable() {
        Category category = create(MapComponentConfig.of("categories.Logic",
                "system_prompt", "You are a careful mathematician.",
                "reasoning_prompt", "Think step by step.\n{question}",
                "answer_follow_up", "Answer only.",
                "single_call_prompt", "Q: {question}\nEnd with Final answer:",
                "equivalence", Map.of("minimum_decimals", 1)));
        assertEquals(List.of(ChatMessage.system("You are a careful mathematician."),
                ChatMessage.user("Think step by step.\n" + QUESTION)), category.reasoningPrompt(QUESTION));
        assertEquals(ChatRole.USER, category.singleCallPrompt("q").get(1).role());
        assertEquals("Q: q\nEnd with Final answer:", category.singleCallPrompt("q").get(1).content());
        assertEquals("Answer only.", category.answerFollowUp());
        assertTrue(category.equivalent("2.04", "2.0"), "minimum_decimals = 1 reads 2.0 as one decimal");
    }

    @Test
    void badConfigurationIsReportedWithItsKey() {
        InvalidConfigException missing = assertThrows(InvalidConfigException.class, () -> create(
                MapComponentConfig.of("categories.Logic", "reasoning_prompt", "Solve this")));
        assertEquals("categories.Logic.reasoning_prompt", missing.path());
        assertTrue(missing.getMessage().contains("{question}"), missing.getMessage());

        InvalidConfigException unknown = assertThrows(InvalidConfigException.class, () -> create(
                MapComponentConfig.of("categories.Logic", "reasoning-promt", "{question}")));
        assertTrue(unknown.getMessage().contains("reasoning-promt") && unknown.getMessage().contains("reasoning_prompt"),
                unknown.getMessage());

        InvalidConfigException tolerance = assertThrows(InvalidConfigException.class, () -> create(
                MapComponentConfig.of("categories.Logic", "equivalence", Map.of("relative_tolerance", 0.5))));
        assertTrue(tolerance.getMessage().contains("relative_tolerance"), tolerance.getMessage());

        assertThrows(InvalidConfigException.class, () -> create(
                MapComponentConfig.of("categories.Logic", "answer_follow_up", "  ")));
    }

    @Test
    void hygieneIsConfigurableAndCheckedWithItsKey() {
        Category category = create(MapComponentConfig.of("categories.Logic", "hygiene",
                Map.of("deny_words", List.of("Banana"), "max_answer_words", 3, "empty_answer", "no answer")));
        Solution solution = Solution.answered("llm", "steps", "banana split 42 and more words here");
        Reply reply = category.finalise(Challenge.of("1", "q", "Logic", Duration.ofSeconds(10), Clock.systemUTC()),
                solution);
        assertEquals("more words here", reply.answer(), "banana out (any case), then at most 3 words");
        assertEquals("no answer", category.finalise(Challenge.of("1", "q", "Logic", Duration.ofSeconds(10),
                Clock.systemUTC()), Solution.timedOut("llm", "", "late")).answer());

        InvalidConfigException words = assertThrows(InvalidConfigException.class, () -> create(
                MapComponentConfig.of("categories.Logic", "hygiene", Map.of("max_answer_words", 20))));
        assertEquals("categories.Logic.hygiene.max_answer_words", words.path());
        assertTrue(words.getMessage().contains("1 to 19"), words.getMessage());
        InvalidConfigException empty = assertThrows(InvalidConfigException.class, () -> create(
                MapComponentConfig.of("categories.Logic", "hygiene", Map.of("empty_answer", ";"))));
        assertEquals("categories.Logic.hygiene.empty_answer", empty.path());
        InvalidConfigException unknown = assertThrows(InvalidConfigException.class, () -> create(
                MapComponentConfig.of("categories.Logic", "hygiene", Map.of("deny_word", List.of("x")))));
        assertTrue(unknown.getMessage().contains("deny_words"), unknown.getMessage());
    }

    @Test
    void pluginConfDocumentsTheDefaultsOfTheCode() {
        Config conf = ConfigFactory.parseResources("logicminer-plugin.conf").getConfig("categories.Logic");
        assertEquals(LogicPrompts.DEFAULTS.systemPrompt(), conf.getString("system_prompt"));
        assertEquals(LogicPrompts.DEFAULTS.reasoningPrompt(), conf.getString("reasoning_prompt"));
        assertEquals(LogicPrompts.DEFAULTS.answerFollowUp(), conf.getString("answer_follow_up"));
        assertEquals(LogicPrompts.DEFAULTS.singleCallPrompt(), conf.getString("single_call_prompt"));
        assertEquals(AnswerEquivalence.DEFAULT_RELATIVE_TOLERANCE, conf.getDouble("equivalence.relative_tolerance"));
        assertEquals(AnswerEquivalence.DEFAULT_MINIMUM_DECIMALS, conf.getInt("equivalence.minimum_decimals"));
        assertEquals(AnswerHygiene.DEFAULT_DENY_WORDS, conf.getStringList("hygiene.deny_words"));
        assertEquals(AnswerHygiene.VALIDATOR_WORD_LIMIT, conf.getInt("hygiene.max_answer_words"));
        assertEquals(AnswerHygiene.DEFAULT_EMPTY_ANSWER, conf.getString("hygiene.empty_answer"));
        assertFalse(conf.root().keySet().stream().anyMatch(k -> !List.of("system_prompt", "reasoning_prompt",
                "answer_follow_up", "single_call_prompt", "equivalence", "hygiene").contains(k)));
    }

    @Test
    void extensionIsIndexedForPf4j() throws Exception {
        StringBuilder indexes = new StringBuilder();
        var urls = getClass().getClassLoader().getResources("META-INF/extensions.idx");
        while (urls.hasMoreElements()) {
            try (var in = urls.nextElement().openStream()) {
                indexes.append(new String(in.readAllBytes()));
            }
        }
        assertTrue(indexes.toString().contains(LogicCategoryType.class.getName()), indexes.toString());
    }
}
