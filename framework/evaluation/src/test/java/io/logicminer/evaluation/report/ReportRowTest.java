package io.logicminer.evaluation.report;

import io.logicminer.evaluation.run.AnswerResult;
import io.logicminer.evaluation.run.EvalChallenge;
import io.logicminer.evaluation.run.EvalResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A result line carries the solver's metadata (an ensemble's confidence) when it has any. */
class ReportRowTest {

    private static final EvalChallenge CHALLENGE = new EvalChallenge("c1", "basic_math", "addition", "3 + 4?",
            "3 + 4?", "7");

    @Test
    void metadataIsReportedWhenPresent() {
        AnswerResult answer = new AnswerResult("7", "3 + 4 = 7", Duration.ofMillis(12), null,
                Map.of("ensemble.confidence", "0.800", "ensemble.samples", "5/5"));
        Map<String, Object> row = ReportWriter.row(new EvalResult(CHALLENGE, answer, 1, null, Duration.ofMillis(12),
                0.9, true, "test", Map.of()));
        assertEquals(Map.of("ensemble.confidence", "0.800", "ensemble.samples", "5/5"), row.get("metadata"));
    }

    @Test
    void noMetadataNoKey() {
        AnswerResult answer = new AnswerResult("7", "", Duration.ofMillis(12), null);
        Map<String, Object> row = ReportWriter.row(new EvalResult(CHALLENGE, answer, 1, null, Duration.ofMillis(12),
                0.9, true, "test", Map.of()));
        assertFalse(row.containsKey("metadata"));
    }
}
