package io.logicminer.evaluation.challenge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.evaluation.run.EvalChallenge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Challenges with ground truth from a JSONL file, the format of LogicNet's dev fixtures: {@code question} and
 * {@code ground_truth} on every line; {@code id}, {@code topic}, {@code subtopic} and {@code raw_problem} (the
 * unparaphrased question the judge sees, LogicNet's {@code raw_logic_question}) where known.
 */
public final class ChallengeFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChallengeFile() {
    }

    /**
     * Reads every non-blank line, once.
     *
     * @throws IllegalArgumentException naming the file and line of a line that is not JSON or lacks
     *     {@code question} or {@code ground_truth}, or a file with no challenges
     */
    public static List<EvalChallenge> read(Path file) throws IOException {
        List<EvalChallenge> challenges = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ":" + number + " is not valid JSON");
            }
            if (!node.path("question").isTextual() || node.path("ground_truth").isMissingNode()) {
                throw new IllegalArgumentException(file + ":" + number + " needs \"question\" and \"ground_truth\"");
            }
            String question = node.get("question").asText();
            challenges.add(new EvalChallenge(node.path("id").asText("line-" + number), node.path("topic").asText(""),
                    node.path("subtopic").asText(""), question,
                    node.hasNonNull("raw_problem") ? node.get("raw_problem").asText() : question,
                    node.get("ground_truth").asText()));
        }
        if (challenges.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no challenges");
        }
        return challenges;
    }
}
