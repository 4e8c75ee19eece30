package io.logicminer.solver.math.algebra;

import io.logicminer.python.PythonFloatSet;
import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.python.PythonFloat;

import java.util.Optional;

/**
 * "What are the zeros of the quadratic equation 22x^2+137x+25=0". Quirk kept: the answer is a Python set of the
 * two roots rounded to 2 places, printed in CPython's set iteration order (which follows the floats' hashes), and a
 * single element when both round to the same value.
 */
public final class QuadraticEquationSolver implements TopicSolver {

    @Override
    public String topic() {
        return "algebra";
    }

    @Override
    public String subtopic() {
        return "quadratic_equation";
    }

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        Optional<QuadraticCoefficients> found = QuadraticCoefficients.find(problem.text());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        QuadraticCoefficients q = found.get();
        long d = q.discriminant();
        if (d <= 0 || q.hidesOnes()) {
            return Optional.empty();
        }
        double confidence = 0.5;
        if (!q.spaced() || q.a() > 9 || q.b() > 9 || q.c() > 9 || q.printsOnes()) {
            confidence += 0.3;
        }
        if (Extract.mentions(problem.lower(), "zero")) {
            confidence += 0.1;
        }
        double sqrtD = Math.sqrt((double) d);
        double r1 = PythonFloat.round((-q.b() + sqrtD) / (2 * q.a()), 2);
        double r2 = PythonFloat.round((-q.b() - sqrtD) / (2 * q.a()), 2);
        String answer = "{" + String.join(", ", PythonFloatSet.of(r1, r2).stream().map(PythonFloat::repr).toList()) + "}";
        Steps steps = Steps.start("We find the zeros of " + q.a() + "x^2 + " + q.b() + "x + " + q.c()
                        + " = 0 with the quadratic formula x = (-b ± √(b² - 4ac)) / (2a).")
                .then("The discriminant is " + q.b() + "² - 4·" + q.a() + "·" + q.c() + " = " + d + ", so √D ≈ "
                        + PythonFloat.repr(PythonFloat.round(sqrtD, 4)) + ".")
                .then("x₁ = (" + -q.b() + " + √D) / " + 2 * q.a() + " ≈ " + PythonFloat.repr(r1)
                        + " and x₂ = (" + -q.b() + " - √D) / " + 2 * q.a() + " ≈ " + PythonFloat.repr(r2)
                        + ", rounded to two decimal places.");
        return Optional.of(steps.answer(answer, Math.min(1, confidence)));
    }
}
