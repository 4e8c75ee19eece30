package io.logicminer.evaluation.run;

import io.logicminer.evaluation.profile.JudgeSetup;
import io.logicminer.evaluation.report.EvalSummary;
import io.logicminer.spi.chat.ChatModelException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.logicminer.evaluation.profile.ValidatorProfiles.LOGICNET_2025_05;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One challenge's scoring failure is that challenge's error; the run goes on. */
class EvaluationRunTest {

    private static EvalChallenge challenge(String id, String groundTruth) {
        return new EvalChallenge(id, "t", "s", "question " + id, "raw " + id, groundTruth);
    }

    @Test
    void aFailingReferenceModelOrEquivalenceTestIsThatChallengesErrorNotTheRunsEnd() throws Exception {
        ChallengeAnswerer answerer = (c, timeout) -> new AnswerResult(c.groundTruth(), "because " + c.id(),
                Duration.ofMillis(10), null);
        SimilarityScorer similarity = (raw, reasoning) -> {
            if (raw.equals("raw reference-down")) {
                throw new ChatModelException(ChatModelException.Reason.HTTP_STATUS, 503,
                        "HTTP 503 from http://reference/v1/chat/completions: overloaded", null);
            }
            return 0.5;
        };
        EvaluationRun run = new EvaluationRun(answerer, ValidatorPanel.of(LOGICNET_2025_05, JudgeSetup.withoutJudge(),
                512), (answer, gt) -> {
                    if (gt.equals("bad")) {
                        throw new IllegalStateException("the category's test choked on 'bad'");
                    }
                    return answer.equals(gt);
                }, java.util.Optional.of(similarity), Duration.ofSeconds(64), 2);
        List<EvalResult> progress = new CopyOnWriteArrayList<>();
        List<EvalResult> results = run.run(List.of(challenge("fine", "4"), challenge("reference-down", "5"),
                challenge("odd", "bad")), progress::add);

        assertEquals(3, results.size());
        assertEquals(3, progress.size());
        EvalResult fine = results.get(0);
        assertNull(fine.answer().error());
        assertEquals(0.5, fine.similarity());
        assertEquals(1.0, fine.correctness());

        EvalResult down = results.get(1);
        assertNull(down.similarity(), "not measured, never faked");
        assertTrue(down.answer().error().startsWith("similarity failed: ChatModelException: HTTP 503"),
                down.answer().error());
        assertEquals(1.0, down.correctness(), "the answer is still rated");
        assertEquals("5", down.answer().answer());

        EvalResult odd = results.get(2);
        assertTrue(odd.answer().error().contains("equivalence test failed: IllegalStateException"),
                odd.answer().error());
        assertFalse(odd.equivalent());
        assertEquals(1.0, odd.correctness(), "exact match under 2025-05 needs no equivalence test");

        EvalSummary summary = EvalSummary.of(results, run.panel(), true, null);
        assertEquals(2, summary.errors());
    }
}
