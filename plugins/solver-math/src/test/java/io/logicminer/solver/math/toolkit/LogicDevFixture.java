package io.logicminer.solver.math.toolkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 896 real LogicNet challenges of {@code logic-dev.jsonl} (flat JSON objects of strings, one a line). */
public final class LogicDevFixture {

    /** One challenge. */
    public record Challenge(String id, String topic, String subtopic, String question, String groundTruth) {
    }

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
                Map<String, String> o = parse(line);
                out.add(new Challenge(o.get("id"), o.get("topic"), o.get("subtopic"), o.get("question"),
                        o.get("ground_truth")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Parses a flat JSON object whose values are all strings. */
    static Map<String, String> parse(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        int[] pos = {json.indexOf('{') + 1};
        while (true) {
            skipSpace(json, pos);
            if (json.charAt(pos[0]) == '}') {
                return out;
            }
            String key = string(json, pos);
            skipSpace(json, pos);
            expect(json, pos, ':');
            skipSpace(json, pos);
            String value = string(json, pos);
            out.put(key, value);
            skipSpace(json, pos);
            if (json.charAt(pos[0]) == ',') {
                pos[0]++;
            }
        }
    }

    private static void skipSpace(String s, int[] pos) {
        while (Character.isWhitespace(s.charAt(pos[0]))) {
            pos[0]++;
        }
    }

    private static void expect(String s, int[] pos, char c) {
        if (s.charAt(pos[0]) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos[0] + " in " + s);
        }
        pos[0]++;
    }

    private static String string(String s, int[] pos) {
        expect(s, pos, '"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(pos[0]++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(pos[0]++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(pos[0], pos[0] + 4), 16));
                    pos[0] += 4;
                }
                default -> b.append(e);
            }
        }
    }
}
