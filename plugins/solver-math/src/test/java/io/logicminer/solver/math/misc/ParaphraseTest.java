package io.logicminer.solver.math.misc;

import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.TopicGroup;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.geometry.GeometryTopics;
import io.logicminer.solver.math.statistics.StatisticsTopics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-written paraphrases in the style of the validator's persona rewrites: exactly one solver answers. */
class ParaphraseTest {

    private static final List<TopicSolver> ALL = new ArrayList<>();

    static {
        for (TopicGroup g : List.of(new GeometryTopics(), new MiscTopics(), new StatisticsTopics())) {
            ALL.addAll(g.solvers());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            yo, quick one for my homework: what's the volume of a cone that's 17m tall with a radius of 7m? | volume_cone | 872 m^3
            As a stressed student I need the surface area of a cone, radius = 4m, height = 36m. | surface_area_cone | 505 m^2
            hey can u work out the area of a circle whose center is (-7,0) and which passes through (-6.46, 0.84) | area_of_circle_given_center_and_point | 3.14
            if i roll 3 dice at once, whats the chance the sum is 15?? | dice_sum_probability | \\frac{10}{216}
            Compute the harmonic mean of these 3 numbers: 22, 57, 1 | harmonic_mean | 0.94
            convert 465f from base 16 into base 10 pls | base_conversion | 18015
            what are the common factors of 74 and 22? | common_factors | [1, 2]
            The supplementary angle of 146 degrees is what, my dear? | complementary_and_supplementary_angle | 34
            Someone tested positive; prevalence is only 0.58% of the population, sensitivity 98.58% and specificity 90.38%. Chance they really have the disease? | conditional_probability | 5.64%
            topic: geometry - volume cone frustum. a frustum has height = 4m, r1 = 2m and r2 = 18m; volume? | volume_cone_frustum | 1524.72 m^3
            In my class we wonder: is 1908 a leap year? | is_leap_year | 1908 is a leap year
            gimme the prime factors of 180 | prime_factors | 2, 2, 3, 3, 5
            find the angle between the vectors [589.3, 666.53] and [175.25, 275.93] | angle_btw_vectors | 0.16 radians
            whats the curved surface area of a cylinder with radius 40 and height 33 | curved_surface_area_cylinder | 8293.8
            sum of the first 68 terms of the AP 6, 47, 88 ... ? | arithmetic_progression_sum | 93806.0
            """)
    void exactlyOneSolverAnswersAParaphrase(String question, String subtopic, String expected) {
        List<String> answered = new ArrayList<>();
        for (TopicSolver s : ALL) {
            Optional<WorkedAnswer> a = s.solve(ProblemText.of(question));
            if (a.isPresent()) {
                answered.add(s.subtopic() + "=" + a.get().answer());
                if (s.subtopic().equals(subtopic)) {
                    assertEquals(expected, a.get().answer());
                    assertTrue(a.get().reasoning().contains(expected.split(" ")[0]), a.get().reasoning());
                }
            }
        }
        assertEquals(List.of(subtopic + "=" + expected), answered);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I'm 35 and I wonder: what is the volume of a cone with height 17m and radius 7m?
            What's the area of a circle? I forgot the radius.
            Find the sum of interior angles of a polygon
            """)
    void ambiguousOrIncompleteQuestionsGetSilence(String question) {
        for (TopicSolver s : ALL) {
            assertEquals(Optional.empty(), s.solve(ProblemText.of(question)), s.subtopic());
        }
    }
}
