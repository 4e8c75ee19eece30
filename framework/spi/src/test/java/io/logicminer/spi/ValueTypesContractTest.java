package io.logicminer.spi;

import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPI's value types keep the promises their Javadoc makes to plugin authors. */
class ValueTypesContractTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void challengeDeadlineIsTimeoutAfterNowAndRemainingNeverNegative() {
        Challenge challenge = Challenge.of("1", "q", "Logic", Duration.ofSeconds(64), CLOCK);
        assertEquals(Instant.parse("2026-01-01T00:01:04Z"), challenge.deadline());
        assertEquals(Duration.ofSeconds(64), challenge.remaining(CLOCK));
        Clock later = Clock.offset(CLOCK, Duration.ofMinutes(5));
        assertEquals(Duration.ZERO, challenge.remaining(later));
        assertEquals(CLOCK.instant(), challenge.withDeadline(CLOCK.instant()).deadline());
    }

    @Test
    void challengeRejectsANonPositiveTimeout() {
        assertThrows(IllegalArgumentException.class, () -> Challenge.of("1", "q", "Logic", Duration.ZERO, CLOCK));
        assertThrows(NullPointerException.class, () -> Challenge.of("1", null, "Logic", Duration.ofSeconds(1), CLOCK));
    }

    @Test
    void metadataIsACopyInOrderAndSurvivesEveryWither() {
        Map<String, String> source = new java.util.LinkedHashMap<>();
        source.put("ensemble.confidence", "0.600");
        source.put("ensemble.samples", "5/5");
        Solution solution = Solution.answered("vote", "steps", "7").withMetadata(source);
        source.put("later", "x");
        assertEquals(List.of("ensemble.confidence", "ensemble.samples"), List.copyOf(solution.metadata().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> solution.metadata().put("k", "v"));
        Solution carried = solution.withTimings(Timings.of(Duration.ofMillis(3))).withSolver("pipeline")
                .withStatus(SolutionStatus.FALLBACK, "primary declined");
        assertEquals(solution.metadata(), carried.metadata());
        assertEquals(Map.of(), Solution.answered("s", "", "4").metadata());
        assertEquals(Map.of(), new Solution("", "4", "s", SolutionStatus.ANSWERED, null, Timings.NONE, null).metadata());
    }

    @Test
    void anUnansweredSolutionMustSayWhy() {
        assertThrows(IllegalArgumentException.class,
                () -> new Solution("", "", "s", SolutionStatus.FAILED, " ", Timings.NONE));
        Solution declined = Solution.declined("math", "unknown topic");
        assertEquals(SolutionStatus.DECLINED, declined.status());
        assertTrue(!declined.isAnswered());
        Solution answered = Solution.answered("s", null, "4");
        assertEquals("", answered.reasoning());
        assertTrue(answered.isAnswered());
        assertEquals("other", answered.withSolver("other").solver());
    }

    @Test
    void outcomesAreToldApartAndOnlyAnswersCarryAnAnswer() {
        Solution partial = Solution.partial("direct", "2x = 4, so", "2", "cut at the deadline");
        assertEquals(SolutionStatus.PARTIAL, partial.status());
        assertEquals("2", partial.answer());
        assertTrue(!partial.isAnswered(), "a partial is best effort, not a complete answer");
        assertThrows(IllegalArgumentException.class,
                () -> new Solution("", "4", "s", SolutionStatus.DECLINED, "why", Timings.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> new Solution("", "4", "s", SolutionStatus.TIMED_OUT, "why", Timings.NONE));
        Solution fallback = Solution.answered("llm", "steps", "4").withStatus(SolutionStatus.FALLBACK,
                "math declined");
        assertTrue(fallback.isAnswered());
        assertEquals("4", fallback.answer());
        assertEquals("", fallback.withStatus(SolutionStatus.TIMED_OUT, "late").answer());
        assertEquals(SolutionStatus.LLM_ERROR, Solution.llmError("d", "", "connection refused").status());
        assertEquals(SolutionStatus.EMPTY, Solution.empty("d", "r", "nothing").status());
        assertEquals("timed_out", SolutionStatus.TIMED_OUT.label());
        assertThrows(IllegalArgumentException.class, () -> Solution.empty("d", "", " "));
    }

    @Test
    void timingsAreImmutableAndKeepPhaseOrder() {
        Map<String, Duration> phases = new HashMap<>();
        phases.put("a", Duration.ofMillis(1));
        Timings timings = new Timings(Duration.ofMillis(5), phases);
        phases.put("b", Duration.ofMillis(2));
        assertEquals(1, timings.phases().size());
        assertThrows(UnsupportedOperationException.class, () -> timings.phases().put("c", Duration.ZERO));
        Timings more = timings.withPhase("z", Duration.ofMillis(3)).withPhase("b", Duration.ofMillis(4));
        assertEquals(List.of("a", "z", "b"), List.copyOf(more.phases().keySet()));
    }

    @Test
    void chatRequestValidatesAndCopies() {
        assertThrows(IllegalArgumentException.class, () -> ChatRequest.of(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new ChatRequest(List.of(ChatMessage.user("q")), null, null, 0, null, 1, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ChatRequest(List.of(ChatMessage.user("q")), null, null, null, null, 0, null));
        ChatRequest request = ChatRequest.of(List.of(ChatMessage.user("q"))).withTemperature(0.8);
        assertEquals(0.8, request.temperature());
        assertEquals(1, request.n());
    }

    @Test
    void invalidConfigExceptionNamesPathAndOrigin() {
        InvalidConfigException e = new InvalidConfigException("models.qwen.base_url", "conf/application.conf:12",
                "is not a URL");
        assertEquals("models.qwen.base_url: is not a URL (conf/application.conf:12)", e.getMessage());
        assertEquals("models.qwen.base_url", e.path());
    }

    @Test
    void aCategoryFinalisesRepliesUnchangedByDefault() {
        io.logicminer.spi.category.Category plain = new io.logicminer.spi.category.Category() {
            @Override
            public String name() {
                return "Plain";
            }

            @Override
            public List<ChatMessage> reasoningPrompt(String question) {
                return List.of();
            }

            @Override
            public String answerFollowUp() {
                return "";
            }

            @Override
            public List<ChatMessage> singleCallPrompt(String question) {
                return List.of();
            }

            @Override
            public java.util.Optional<String> extractAnswer(String modelOutput) {
                return java.util.Optional.empty();
            }

            @Override
            public String normalize(String answer) {
                return answer;
            }

            @Override
            public boolean equivalent(String answer, String expected) {
                return answer.equals(expected);
            }
        };
        Challenge challenge = Challenge.of("1", "q", "Plain", Duration.ofSeconds(5), CLOCK);
        assertEquals(new io.logicminer.spi.category.Reply("steps", "{{ answer }}"),
                plain.finalise(challenge, Solution.answered("s", "steps", "{{ answer }}")));
        assertEquals(new io.logicminer.spi.category.Reply("", ""),
                plain.finalise(challenge, Solution.timedOut("s", "", "late")));
        assertThrows(NullPointerException.class, () -> new io.logicminer.spi.category.Reply(null, ""));
    }
}
