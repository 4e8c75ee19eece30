package io.logicminer.solver.math.toolkit;

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

/** The 896 real LogicNet challenges of {@code logic-dev.jsonl} (flat JSON objects of strings, one a line). */
public final class LogicDevFixture {

    /** One challenge. */
    public record Challenge(String id, String topic, String subtopic, String question, String groundTruth) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private LogicDevFixture() {
    }

    public static List<Challenge> load() {
        return load("/fixtures/logic-dev.jsonl");
    }

    /** Loads challenges in the fixture's format from a test resource. */
    public static List<Challenge> load(String resource) {
        List<Challenge> out = new ArrayList<>();
        try (InputStream in = LogicDevFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from test resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = JSON.readTree(line);
                out.add(new Challenge(o.path("id").asText(), o.path("topic").asText(), o.path("subtopic").asText(),
                        o.path("question").asText(), o.path("ground_truth").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
