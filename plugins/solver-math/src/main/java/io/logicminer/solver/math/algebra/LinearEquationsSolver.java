package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.engine.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.Steps;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.exact.Rational;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two linear equations in x and y ({@code 10x + -20y = 310}) solved by Cramer's rule; answer {@code x = 5, y = -13}. */
public final class LinearEquationsSolver implements TopicSolver {

    private static final Pattern EQUATION = Pattern.compile("((?:[+]?-?\\d+[xy])+)=(-?\\d+)");
    private static final Pattern TERM = Pattern.compile("(-?\\d+)([xy])");

    @Override
    public String topic() {
        return "algebra";
    }

    @Override
    public String subtopic() {
        return "linear_equations";
    }

    @Override
    public Optional<WorkedAnswer> solve(ProblemText problem) {
        String compact = Extract.compact(problem.text());
        List<long[]> equations = new ArrayList<>();
        Matcher m = EQUATION.matcher(compact);
        while (m.find()) {
            long[] e = new long[3];
            Matcher t = TERM.matcher(m.group(1));
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
        Steps steps = Steps.start("We solve the system " + p[0] + "x + " + p[1] + "y = " + p[2] + " and " + q[0] + "x + "
                        + q[1] + "y = " + q[2] + " with Cramer's rule (elimination gives the same).")
                .then("The determinant of the coefficients is " + p[0] + "·" + q[1] + " - " + p[1] + "·" + q[0] + " = " + det + ".")
                .then("x = (" + p[2] + "·" + q[1] + " - " + p[1] + "·" + q[2] + ") / " + det + " = " + x + ".")
                .then("y = (" + p[0] + "·" + q[2] + " - " + p[2] + "·" + q[0] + ") / " + det + " = " + y + ".")
                .then("Check: substituting x = " + x + " and y = " + y + " satisfies both equations.");
        double confidence = Extract.mentions(problem.lower(), "solve", "equation", "system") ? 0.9 : 0.8;
        return Optional.of(steps.answer(answer, confidence));
    }
}
