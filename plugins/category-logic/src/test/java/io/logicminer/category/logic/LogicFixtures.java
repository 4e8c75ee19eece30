package io.logicminer.category.logic;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The 896 LogicNet challenges of {@code logic-dev.jsonl} (copied from shared/fixtures). */
public final class LogicFixtures {

    /** One line of the fixture. */
    public record Line(String id, String topic, String subtopic, String question, String raw_problem,
                       String ground_truth) {
    }

    private static List<Line> lines;

    private LogicFixtures() {
    }

    public static synchronized List<Line> all() {
        if (lines == null) {
            ObjectMapper mapper = new ObjectMapper();
            List<Line> read = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                    LogicFixtures.class.getResourceAsStream("/logic-dev.jsonl"), "logic-dev.jsonl"),
                    StandardCharsets.UTF_8))) {
                String json;
                while ((json = reader.readLine()) != null) {
                    if (!json.isBlank()) {
                        read.add(mapper.readValue(json, Line.class));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines = List.copyOf(read);
        }
        return lines;
    }
}
