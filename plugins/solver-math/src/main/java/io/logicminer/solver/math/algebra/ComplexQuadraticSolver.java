package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.python.PythonFloat;

import java.util.Optional;

/**
 * "Find the roots of given Quadratic Equation x^2 + 8x + 8 = 0" (coefficients 1..9). Quirks kept: the answer is
 * {@code ((r1, r2)) = (\frac{-b + \sqrt{d}}{2a}, (\frac{-b - \sqrt{d}}{2a})} with roots rounded to 3 places, a
 * doubled parenthesis around the rounded pair and a stray {@code (} before the second exact root when d is not a
 * perfect square.
 */
public final class ComplexQuadraticSolver extends RecognisingSolver {

    public ComplexQuadraticSolver() {
        super("algebra", "complex_quadratic");
    }



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        Optional<QuadraticCoefficients> found = QuadraticCoefficients.find(problem.text());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        QuadraticCoefficients q = found.get();
        long a = q.a();
        long b = q.b();
        long c = q.c();
        if (a < 1 || a > 9 || b < 1 || b > 9 || c < 1 || c > 9 || q.printsOnes()) {
            return Optional.empty();
        }
        long d = q.discriminant();
        double confidence = 0.5;
        if (q.spaced() || q.hidesOnes()) {
            confidence += 0.3;
        }
        if (Extract.mentions(problem.lower(), "root")) {
            confidence += 0.1;
        }
        if (d < 0) {
            confidence = Math.min(1, confidence + 0.1);
        }
        Explanation steps = Explanation.start("We solve the quadratic equation " + q.equation() + " with the quadratic formula "
                        + "x = (-b ± √(b² - 4ac)) / (2a), where a = " + a + ", b = " + b + ", c = " + c + ".")
                .step("The discriminant is b² - 4ac = " + b * b + " - " + 4 * a * c + " = " + d + ".");
        String answer;
        if (d < 0) {
            double sqrtD = Math.sqrt(-d);
            String root = sqrtD == Math.floor(sqrtD) ? Long.toString((long) sqrtD) + "i" : "\\sqrt{" + -d + "}i";
            answer = "(\\frac{" + -b + " + " + root + "}{" + 2 * a + "}, \\frac{" + -b + " - " + root + "}{" + 2 * a + "})";
            steps.step("The discriminant is negative, so the roots are complex: x = (" + -b + " ± i√" + -d + ") / " + 2 * a + ".");
        } else {
            double sqrtD = Math.sqrt(d);
            double r1 = PythonFloat.round((-b + sqrtD) / (2 * a), 3);
            double r2 = PythonFloat.round((-b - sqrtD) / (2 * a), 3);
            String exact;
            if (sqrtD == Math.floor(sqrtD)) {
                long s = (long) sqrtD;
                exact = "(\\frac{" + -b + " + " + s + "}{" + 2 * a + "}, \\frac{" + -b + " - " + s + "}{" + 2 * a + "})";
            } else {
                exact = "(\\frac{" + -b + " + \\sqrt{" + d + "}}{" + 2 * a + "}, (\\frac{" + -b + " - \\sqrt{" + d + "}}{" + 2 * a + "})";
            }
            answer = "((" + PythonFloat.repr(r1) + ", " + PythonFloat.repr(r2) + ")) = " + exact;
            steps.step("The discriminant is not negative, so there are two real roots: x = (" + -b + " ± √" + d + ") / " + 2 * a + ".")
                    .step("Numerically, x₁ = " + PythonFloat.repr(r1) + " and x₂ = " + PythonFloat.repr(r2)
                            + " (rounded to three decimal places).");
        }
        return steps.answer(answer, Math.min(1, confidence));
    }
}
