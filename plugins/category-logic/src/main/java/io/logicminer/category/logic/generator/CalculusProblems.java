package io.logicminer.category.logic.generator;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Map;

import static io.logicminer.category.logic.generator.Draw.randint;

/** mathgenerator's {@code calculus} module. */
final class CalculusProblems {

    private static final List<String[]> TRIG = List.of(
            new String[] {"\\sin", "\\cos"},
            new String[] {"\\cos", "-\\sin"},
            new String[] {"\\tan", "\\sec^{{2}}"},   // doubled braces: mathgenerator's raw string, kept
            new String[] {"\\cot", "-\\csc^{{2}}"},
            new String[] {"\\sec", "\\sec \\cdot \\tan"},
            new String[] {"\\csc", "-\\csc \\cdot \\cot"});

    private CalculusProblems() {
    }

    /** 1 to 5 terms {@code cx^{e}} (c, e in 1..10) and the rule's term for each, joined by " + ". */
    private static Problem powerRule(java.util.random.RandomGenerator r, String verb,
                                     java.util.function.BiFunction<Integer, Integer, String> rule, String suffix) {
        int terms = randint(r, 1, 5);
        java.util.List<String> problem = new java.util.ArrayList<>();
        java.util.List<String> solution = new java.util.ArrayList<>();
        for (int i = 0; i < terms; i++) {
            int coefficient = randint(r, 1, 10);
            int exponent = randint(r, 1, 10);
            problem.add(coefficient + "x^{" + exponent + "}");
            solution.add(rule.apply(coefficient, exponent));
        }
        return Problem.of(verb + String.join(" + ", problem), String.join(" + ", solution) + suffix);
    }

    static void register(Map<String, ProblemMaker> makers) {
        makers.put("power_rule_differentiation", r -> powerRule(r, "Differentiate ",
                (coefficient, exponent) -> coefficient * exponent + "x^{" + (exponent - 1) + "}", ""));
        // Quirk kept: integration divides by the old exponent, not the new one.
        makers.put("power_rule_integration", r -> powerRule(r, "Integrate ",
                (coefficient, exponent) -> "\\frac{" + coefficient + "}{" + exponent + "}x^{" + (exponent + 1) + "}",
                " + C"));
        makers.put("definite_integral", r -> {
            int a = randint(r, 0, 100);
            int b = randint(r, 0, 100);
            int c = randint(r, 0, 100);
            // The integral of ax^2 + bx + c over [0, 1] is a/3 + b/2 + c; a multiple of 1/6 never sits on a
            // 2-decimal tie, so quadrature's last-bit noise cannot change the rounded answer.
            return Problem.of("The definite integral within limits 0 to 1 of the equation " + a + "x^2 + " + b + "x + "
                    + c + " = ", PythonFloat.repr(PythonFloat.round(a / 3.0 + b / 2.0 + c, 2)));
        });
        makers.put("stationary_points", StationaryPointsProblem::make);
        makers.put("trig_differentiation", r -> {
            String[] pair = TRIG.get(r.nextInt(TRIG.size()));
            return Problem.of("\\frac{d}{dx}(" + pair[0] + ")=", pair[1]);
        });
    }
}
