package io.logicminer.evaluation.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.evaluation.profile.JudgeSetup;
import io.logicminer.evaluation.profile.ValidatorProfiles;
import io.logicminer.evaluation.run.AnswerResult;
import io.logicminer.evaluation.run.EvalChallenge;
import io.logicminer.evaluation.run.EvalResult;
import io.logicminer.evaluation.run.EvaluationRun;
import io.logicminer.evaluation.run.ValidatorPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** A run's three files, and the report opened in a real headless Chromium. */
class ReportBrowserTest {

    @TempDir
    Path dir;

    private final ValidatorPanel panel = ValidatorPanel.of(ValidatorProfiles.LOGICNET_2025_05,
            JudgeSetup.withoutJudge(), 512);

    private List<EvalResult> run() throws Exception {
        List<EvalChallenge> challenges = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            challenges.add(new EvalChallenge("c" + i, i % 2 == 0 ? "algebra" : "geometry", "t" + (i % 3),
                    "what is " + i + " + 1 < 3 & \"x\"?", i + " + 1", Integer.toString(i + 1)));
        }
        // Every third answer is wrong, one in ten fails.
        EvaluationRun run = new EvaluationRun((c, timeout) -> {
            int i = Integer.parseInt(c.id().substring(1));
            if (i % 10 == 9) {
                return new AnswerResult("", "", Duration.ofMillis(5), "failed: backend down");
            }
            return new AnswerResult(i % 3 == 0 ? "wrong" : c.groundTruth(), "steps for " + i,
                    Duration.ofMillis(10 + i), null);
        }, panel, String::equals, Optional.empty(), Duration.ofSeconds(64), 4);
        AtomicInteger progress = new AtomicInteger();
        List<EvalResult> results = run.run(challenges, r -> progress.incrementAndGet());
        assertEquals(30, progress.get());
        for (int i = 0; i < 30; i++) {
            assertEquals("c" + i, results.get(i).challenge().id(), "results come back in challenge order");
        }
        return results;
    }

    @Test
    void writesResultsSummaryAndASelfContainedReportThatLoadsInChromium() throws Exception {
        List<EvalResult> results = run();
        EvalSummary summary = EvalSummary.of(results, panel, false, null);
        assertEquals(30, summary.n());
        assertEquals(18, summary.correct()); // 30 - 10 wrong (i % 3 == 0) - 2 more failures (19, 29; 9 is both)
        assertEquals("logicnet-2025-05", summary.headlineProfile());
        assertEquals(List.of("logicnet-2024-08", "logicnet-2025-05"), List.copyOf(summary.rewards().keySet()));
        ProfileTally may2025 = summary.profiles().get("logicnet-2025-05");
        assertEquals(18, may2025.decided(), "the right answers are exact matches");
        assertEquals(Map.of("exact", 18), may2025.methods());
        assertEquals(12, may2025.undecided(), "\"wrong\" and \"\" hold no number and need the judge");
        assertEquals(0, may2025.undecidedEquivalent());
        ProfileTally aug2024 = summary.profiles().get("logicnet-2024-08");
        assertEquals(30, aug2024.undecided(), "the 2024-08 release judged every answer by LLM");
        assertEquals(18, aug2024.undecidedEquivalent());
        ReportWriter.write(dir, results, summary);

        List<String> lines = Files.readAllLines(dir.resolve("results.jsonl"));
        assertEquals(30, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(1));
        assertEquals("c1", first.get("id").asText());
        assertEquals(1.0, first.get("correct").asDouble());
        assertEquals(first.get("reward").asDouble(), first.get("rewards").get("logicnet-2025-05").asDouble());
        assertTrue(first.get("rewards").get("logicnet-2024-08").isNumber());
        assertEquals("exact", first.get("verdicts").get("logicnet-2025-05").get("method").asText());
        assertTrue(first.get("verdicts").get("logicnet-2024-08").get("correctness").isNull(), "undecided");
        assertTrue(first.get("equivalent").asBoolean());
        assertTrue(first.get("similarity").isNull(), "similarity is n/a, never faked");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertTrue(json.get("meanSimilarity").isNull());
        assertEquals(3, json.get("errors").asInt());
        assertEquals(12, json.get("profiles").get("logicnet-2025-05").get("undecided").asInt());
        assertTrue(json.get("rewards").get("logicnet-2024-08").isNumber());

        String html = Files.readString(dir.resolve("report.html"));
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resources");
        assertTrue(html.contains("&lt; 3 &amp; &quot;x&quot;") || !html.contains("< 3 &"), "text is escaped");

        String dom = chromiumDom(dir.resolve("report.html"));
        String htmlTag = dom.substring(dom.indexOf("<html"), dom.indexOf('>', dom.indexOf("<html")) + 1);
        assertTrue(htmlTag.contains("data-loaded=\"3\""), "the page script ran and found 3 charts: " + htmlTag);
        assertFalse(htmlTag.contains("data-errors="), "no JavaScript errors: " + htmlTag);
        assertTrue(dom.contains("id=\"accuracy-chart\"") && dom.contains("id=\"latency-chart\"")
                && dom.contains("id=\"reward-chart\"") && dom.contains("id=\"worst\"")
                && dom.contains("id=\"profiles\""));
        assertTrue(dom.contains("logicnet-2024-08") && dom.contains("logicnet-2025-05 (headline)"), head(dom));
    }

    private static String head(String text) {
        return text.substring(0, Math.min(400, text.length()));
    }

    static String chromiumDom(Path file) throws Exception {
        String binary = Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium"
                : Files.isExecutable(Path.of("/usr/bin/chromium-browser")) ? "/usr/bin/chromium-browser" : null;
        if (binary == null) {
            fail("headless Chromium is needed for the report test: install the Debian package `chromium`"
                    + " (.ci/run does)");
        }
        Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("chromium"),
                "--dump-dom", file.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }
}
