package io.logicminer.category.logic.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.logicminer.spi.category.GeneratedChallenge;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogicChallengeGeneratorTest {

    private final LogicChallengeGenerator generator = new LogicChallengeGenerator();

    /** Fixture rows by "topic/subtopic". */
    private static Map<String, List<JsonNode>> fixture() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> rows = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LogicChallengeGeneratorTest.class.getResourceAsStream("/logic-dev.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode row = json.readTree(line);
                rows.computeIfAbsent(row.get("topic").asText() + "/" + row.get("subtopic").asText(),
                        k -> new java.util.ArrayList<>()).add(row);
            }
        }
        return rows;
    }

    /** The text with every number replaced by '#': what stays the same across draws of one subtopic. */
    private static String shape(String text) {
        return text.replaceAll("-?\\d+(\\.\\d+)?", "#");
    }

    @Test
    void everyGeneratedSubtopicIsOneOfLogicNetsPairsAndHasTheFixturesShape() throws Exception {
        Map<String, List<JsonNode>> fixture = fixture();
        assertTrue(generator.subtopics().size() >= 40, "covered: " + generator.subtopics().size());
        SplittableRandom random = new SplittableRandom(20240822);
        for (String key : generator.subtopics()) {
            assertTrue(fixture.containsKey(key), key + " is not one of LogicNet's pairs");
            Set<String> problemShapes = new HashSet<>();
            Set<String> answerShapes = new HashSet<>();
            String fixtureQuestion = fixture.get(key).get(0).get("question").asText();
            for (JsonNode row : fixture.get(key)) {
                problemShapes.add(shape(row.get("raw_problem").asText()));
                answerShapes.add(shape(row.get("ground_truth").asText()));
            }
            String expectedHeader = fixtureQuestion.substring(0, fixtureQuestion.indexOf(".\n") + 2);
            for (int i = 0; i < 200; i++) {
                GeneratedChallenge c = generator.generate(key, random);
                assertTrue(c.question().startsWith(expectedHeader), key + ": " + c.question());
                assertEquals(expectedHeader + c.rawProblem() + "\n---\n", c.question());
                assertFalse(c.groundTruth().isBlank(), key);
                assertFalse(c.rawProblem().contains("$") || c.groundTruth().contains("$"), key);
                if (!VARIABLE_SHAPE.contains(key.substring(key.indexOf('/') + 1))) {
                    assertTrue(problemShapes.contains(shape(c.rawProblem())),
                            key + " problem shape " + shape(c.rawProblem()) + " not among " + problemShapes);
                }
            }
        }
    }

    /** Subtopics whose problem text varies in length or wording between draws (term counts, list lengths, kinds). */
    private static final Set<String> VARIABLE_SHAPE = Set.of("power_rule_differentiation", "power_rule_integration",
            "perimeter_of_polygons", "trig_differentiation", "binary_to_hex", "binary_2s_complement",
            "complementary_and_supplementary_angle", "linear_equations", "matrix_multiplication", "combine_like_terms",
            "multiply_complex_numbers", "intersection_of_two_lines", "expanding", "base_conversion", "angle_btw_vectors",
            "euclidian_norm", "geometric_mean", "confidence_interval", "complex_to_polar",
            "area_of_circle_given_center_and_point", "stationary_points", "set_operation", "complex_quadratic");

    @Test
    void theSameSeedGivesTheSameChallenges() {
        for (String key : generator.subtopics()) {
            assertEquals(generator.generate(key, new SplittableRandom(7)), generator.generate(key, new SplittableRandom(7)));
        }
    }

    @Test
    void tenThousandDrawsNeverThrow() {
        SplittableRandom random = new SplittableRandom(1);
        List<String> keys = generator.subtopics();
        for (int i = 0; i < 10_000; i++) {
            generator.generate(keys.get(i % keys.size()), random);
        }
    }

    @Test
    void knownAnswersAreRight() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 500; i++) {
            GeneratedChallenge gcd = generator.generate("basic_math/greatest_common_divisor", random);
            String[] ab = gcd.rawProblem().replaceAll("[^0-9,]", "").split(",");
            assertEquals(java.math.BigInteger.valueOf(Long.parseLong(ab[0])).gcd(java.math.BigInteger.valueOf(
                    Long.parseLong(ab[1]))).toString(), gcd.groundTruth());
            GeneratedChallenge factors = generator.generate("misc/prime_factors", random);
            long n = Long.parseLong(factors.rawProblem().replaceAll("\\D", ""));
            long product = 1;
            for (String f : factors.groundTruth().split(", ")) {
                assertTrue(java.math.BigInteger.valueOf(Long.parseLong(f)).isProbablePrime(30), factors.toString());
                product *= Long.parseLong(f);
            }
            assertEquals(n, product);
        }
    }

    @Test
    void everyOneOfLogicNetsPairsHasAMaker() throws Exception {
        assertEquals(fixture().keySet(), new HashSet<>(generator.subtopics()));
    }

    /** sympy's answers in the fixture, recomputed from the coefficients read back from each problem. */
    @Test
    void stationaryPointsPrintLikeSympyOnEveryFixtureProblem() throws Exception {
        List<JsonNode> rows = fixture().get("calculus/stationary_points");
        assertFalse(rows.isEmpty());
        for (JsonNode row : rows) {
            String problem = row.get("raw_problem").asText();
            long[] c = new long[4];
            for (String term : problem.substring("f(x)=".length()).split(" \\+ ")) {
                int x = term.indexOf('x');
                int power = x < 0 ? 0 : term.contains("^") ? Integer.parseInt(term.substring(term.indexOf('^') + 1)) : 1;
                c[power] = x == 0 ? 1 : Long.parseLong(x < 0 ? term : term.substring(0, x));
            }
            assertEquals(problem, "f(x)=" + StationaryPointsProblem.polynomial(c));
            assertEquals(row.get("ground_truth").asText(),
                    "{" + String.join(", ", StationaryPointsProblem.stationaryPoints(c[3], c[2], c[1])) + "}", problem);
        }
    }

    /** sympy's inverses in the fixture, recomputed by the generator's adjugate. */
    @Test
    void invertedMatricesMatchTheFixture() throws Exception {
        List<JsonNode> rows = fixture().get("algebra/invert_matrix");
        assertFalse(rows.isEmpty());
        for (JsonNode row : rows) {
            String problem = row.get("raw_problem").asText();
            String body = problem.substring(problem.indexOf("\\begin{bmatrix}") + 15, problem.indexOf("\\end{bmatrix}"));
            String[] lines = body.split("\\\\\\\\\\\\");
            long[][] m = new long[lines.length][];
            for (int i = 0; i < lines.length; i++) {
                m[i] = java.util.Arrays.stream(lines[i].trim().split(" & ")).mapToLong(Long::parseLong).toArray();
            }
            assertEquals(row.get("ground_truth").asText(), Draw.bmatrix(InvertMatrixProblem.inverse(m)), problem);
        }
    }

    @Test
    void titlesAreLikeTheValidators() {
        assertEquals("Basic math", LogicChallengeGenerator.title("basic_math"));
        assertEquals("Multiply int to 22 matrix", LogicChallengeGenerator.title("multiply_int_to_22_matrix"));
        assertThrows(IllegalArgumentException.class, () -> generator.generate("algebra/nope", new SplittableRandom(1)));
    }
}
