package io.logicminer.core.mining;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.spi.category.ChallengeGenerator;
import io.logicminer.spi.category.GeneratedChallenge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Where the local validator's challenges come from: a JSONL file with ground truth, or a category's generator. */
public final class LocalChallenges {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalChallenges() {
    }

    /**
     * Reads lines with {@code id, question, ground_truth} (and optionally {@code topic, subtopic}), the format of
     * LogicNet's dev fixtures.
     *
     * @throws IllegalArgumentException naming the file and line of a line without question or ground truth
     */
    public static List<LocalChallenge> read(Path file) throws IOException {
        List<LocalChallenge> challenges = new ArrayList<>();
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
            challenges.add(new LocalChallenge(node.path("id").asText("line-" + number), node.path("topic").asText(""),
                    node.path("subtopic").asText(""), node.get("question").asText(),
                    node.get("ground_truth").asText()));
        }
        if (challenges.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no challenges");
        }
        return challenges;
    }

    /** {@code count} challenges from a generator, round-robin over its subtopics, reproducible by seed. */
    public static List<LocalChallenge> generate(ChallengeGenerator generator, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> subtopics = generator.subtopics();
        List<LocalChallenge> challenges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String subtopic = subtopics.get(random.nextInt(subtopics.size()));
            GeneratedChallenge c = generator.generate(subtopic, random.split());
            challenges.add(new LocalChallenge("gen-" + seed + "-" + i, c.topic(), c.subtopic(), c.question(),
                    c.groundTruth()));
        }
        return challenges;
    }
}
