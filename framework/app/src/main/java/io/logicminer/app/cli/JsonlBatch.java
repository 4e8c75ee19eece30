package io.logicminer.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.core.pipeline.SolvePipeline;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Solves a JSONL file of questions: one output line per input line, in input order, whatever happens to
 * each line. A line that is not JSON or has no {@code question} gets an output line with an {@code error}.
 */
final class JsonlBatch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SolvePipeline pipeline;
    private final String category;
    private final Duration timeout;
    private final int concurrency;
    private final Clock clock;

    JsonlBatch(SolvePipeline pipeline, String category, Duration timeout, int concurrency, Clock clock) {
        this.pipeline = pipeline;
        this.category = category;
        this.timeout = timeout;
        this.concurrency = concurrency;
        this.clock = clock;
    }

    /** Outcome counts. */
    record Summary(int lines, int answered, int failed) {
    }

    /**
     * Reads all lines, solves them with at most {@code concurrency} at once, and writes results in order as
     * soon as each next one is ready.
     *
     * @param onLineDone called once per line with whether it was answered
     */
    Summary run(BufferedReader in, BufferedWriter out, Consumer<Boolean> onLineDone, Runnable onTotalKnown)
            throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        onTotalKnown.run();
        Semaphore permits = new Semaphore(concurrency);
        List<Future<Map<String, Object>>> results = new ArrayList<>(lines.size());
        int answered = 0;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int number = i + 1;
                results.add(executor.submit(() -> {
                    permits.acquire();
                    try {
                        Map<String, Object> result = solveLine(number, line);
                        onLineDone.accept(!result.containsKey("error"));
                        return result;
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (Future<Map<String, Object>> result : results) {
                Map<String, Object> row;
                try {
                    row = result.get();
                } catch (ExecutionException e) {
                    row = new LinkedHashMap<>();
                    row.put("id", null);
                    row.put("error", "internal error: " + e.getCause());
                }
                if (!row.containsKey("error")) {
                    answered++;
                }
                out.write(JSON.writeValueAsString(row));
                out.newLine();
                out.flush();
            }
        }
        return new Summary(lines.size(), answered, lines.size() - answered);
    }

    private Map<String, Object> solveLine(int number, String line) throws InterruptedException {
        Map<String, Object> row = new LinkedHashMap<>();
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            row.put("id", null);
            row.put("error", "line " + number + " is not valid JSON: " + e.getOriginalMessage());
            return row;
        }
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull() ? "line-" + number : idNode.asText();
        row.put("id", idNode == null || idNode.isNull() ? null : idNode.isNumber() ? idNode.numberValue() : id);
        JsonNode question = node.get("question");
        if (question == null || !question.isTextual() || question.asText().isBlank()) {
            row.put("error", "line " + number + " has no \"question\" string");
            return row;
        }
        Challenge challenge = Challenge.of(id, question.asText(), category, timeout, clock);
        Solution solution = pipeline.solve(challenge);
        row.put("answer", solution.answer());
        row.put("reasoning", solution.reasoning());
        row.put("solver", solution.solver());
        row.put("elapsed_ms", solution.timings().elapsed().toMillis());
        if (!solution.metadata().isEmpty()) {
            row.put("metadata", solution.metadata());
        }
        if (!solution.isAnswered()) {
            row.put("error", solution.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + solution.error());
        }
        return row;
    }
}
