package io.logicminer.solver.math.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of {@code fixtures/logic-dev.jsonl}: a real LogicNet challenge with mathgenerator's ground truth. */
record FixtureChallenge(String id, String topic, String subtopic, String question, String groundTruth) {

    static final String RESOURCE = "/fixtures/logic-dev.jsonl";

    /** All fixture challenges, in file order. */
    static List<FixtureChallenge> load() {
        ObjectMapper json = new ObjectMapper();
        List<FixtureChallenge> out = new ArrayList<>();
        try (InputStream in = FixtureChallenge.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                out.add(new FixtureChallenge(n.get("id").asText(), n.get("topic").asText(), n.get("subtopic").asText(),
                        n.get("question").asText(), n.get("ground_truth").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
