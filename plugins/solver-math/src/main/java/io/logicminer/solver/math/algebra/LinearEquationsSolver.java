package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.exact.Rational;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two linear equations in x and y ({@code 10x + -20y = 310}) solved by Cramer's rule; answer {@code x = 5, y = -13}. */
public final class LinearEquationsSolver extends RecognisingSolver {

    public LinearEquationsSolver() {
        super("algebra", "linear_equations");
    }

    private static final Pattern EQUATION = Pattern.compile("(?<![\\d+-]|\\d[xy])((?:[+]?-?\\d++[xy])++)=(-?\\d++)");
    private static final Pattern TERM = Pattern.compile("(-?\\d+)([xy])");



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String compact = Extract.compact(problem.text());
        List<long[]> equations = new ArrayList<>();
        Matcher m = Extract.scan(EQUATION, compact);
        while (m.find()) {
            long[] e = new long[3];
            Matcher t = Extract.scan(TERM, m.group(1));
            boolean seenX = false;
            boolean seenY = false;
            while (t.find()) {
                boolean isX = t.group(2).equals("x");
                if (isX ? seenX : seenY) {
                    return Optional.empty();
                }
                if (isX) {
                    seenX = true;
                } else {
                    seenY = true;
                }
                e[isX ? 0 : 1] = Long.parseLong(t.group(1));
            }
            e[2] = Long.parseLong(m.group(2));
            equations.add(e);
        }
        if (equations.size() != 2) {
            return Optional.empty();
        }
        long[] p = equations.get(0);
        long[] q = equations.get(1);
        long det = p[0] * q[1] - p[1] * q[0];
        if (det == 0) {
            return Optional.empty();
        }
        Rational x = Rational.of(p[2] * q[1] - p[1] * q[2], det);
        Rational y = Rational.of(p[0] * q[2] - p[2] * q[0], det);
        String answer = "x = " + x + ", y = " + y;
        Explanation steps = Explanation.start("We solve the system " + p[0] + "x + " + p[1] + "y = " + p[2] + " and " + q[0] + "x + "
                        + q[1] + "y = " + q[2] + " with Cramer's rule (elimination gives the same).")
                .step("The determinant of the coefficients is " + p[0] + "·" + q[1] + " - " + p[1] + "·" + q[0] + " = " + det + ".")
                .step("x = (" + p[2] + "·" + q[1] + " - " + p[1] + "·" + q[2] + ") / " + det + " = " + x + ".")
                .step("y = (" + p[0] + "·" + q[2] + " - " + p[2] + "·" + q[0] + ") / " + det + " = " + y + ".")
                .step("Check: substituting x = " + x + " and y = " + y + " satisfies both equations.");
        double confidence = Extract.mentions(problem.lower(), "solve", "equation", "system") ? 0.9 : 0.8;
        return steps.answer(answer, confidence);
    }
}
