package io.logicminer.solver.math.algebra;

import io.logicminer.python.PythonFloatSet;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;

import java.util.Optional;

/**
 * "What are the zeros of the quadratic equation 22x^2+137x+25=0". Quirk kept: the answer is a Python set of the
 * two roots rounded to 2 places, printed in CPython's set iteration order (which follows the floats' hashes), and a
 * single element when both round to the same value.
 */
public final class QuadraticEquationSolver extends RecognisingSolver {

    public QuadraticEquationSolver() {
        super("algebra", "quadratic_equation");
    }



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
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
        Explanation steps = Explanation.start("We find the zeros of " + q.a() + "x^2 + " + q.b() + "x + " + q.c()
                        + " = 0 with the quadratic formula x = (-b ± √(b² - 4ac)) / (2a).")
                .step("The discriminant is " + q.b() + "² - 4·" + q.a() + "·" + q.c() + " = " + d + ", so √D ≈ "
                        + PythonFloat.repr(PythonFloat.round(sqrtD, 4)) + ".")
                .step("x₁ = (" + -q.b() + " + √D) / " + 2 * q.a() + " ≈ " + PythonFloat.repr(r1)
                        + " and x₂ = (" + -q.b() + " - √D) / " + 2 * q.a() + " ≈ " + PythonFloat.repr(r2)
                        + ", rounded to two decimal places.");
        return steps.answer(answer, Math.min(1, confidence));
    }
}
