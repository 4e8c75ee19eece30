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

/** The intersection of {@code y = m1 x + b1} and {@code y = m2 x + b2}, or "No Solution" for equal slopes. */
public final class IntersectionOfTwoLinesSolver extends RecognisingSolver {

    public IntersectionOfTwoLinesSolver() {
        super("algebra", "intersection_of_two_lines");
    }

    private static final Pattern LINE = Pattern.compile(
            "y=(?:(\\\\frac\\{(-?\\d+)\\}\\{(-?\\d+)\\}|-?\\d+(?:/\\d+)?|-)?x)?([+-]?\\d+)?");



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String compact = Extract.compact(problem.text());
        List<Rational[]> lines = new ArrayList<>();
        Matcher m = Extract.scan(LINE, compact);
        while (m.find()) {
            boolean hasX = m.group(0).contains("x");
            if (!hasX && m.group(4) == null) {
                continue;
            }
            Rational slope;
            if (!hasX) {
                slope = Rational.ZERO;
            } else if (m.group(1) == null) {
                slope = Rational.ONE;
            } else if (m.group(2) != null) {
                slope = Rational.of(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
            } else if (m.group(1).equals("-")) {
                slope = Rational.of(-1);
            } else if (m.group(1).contains("/")) {
                String[] p = m.group(1).split("/");
                slope = Rational.of(Long.parseLong(p[0]), Long.parseLong(p[1]));
            } else {
                slope = Rational.of(Long.parseLong(m.group(1)));
            }
            Rational intercept = m.group(4) == null ? Rational.ZERO : Rational.of(Long.parseLong(m.group(4)));
            lines.add(new Rational[] {slope, intercept});
        }
        if (lines.size() != 2) {
            return Optional.empty();
        }
        Rational m1 = lines.get(0)[0];
        Rational b1 = lines.get(0)[1];
        Rational m2 = lines.get(1)[0];
        Rational b2 = lines.get(1)[1];
        Explanation steps = Explanation.start("We look for the point where y = " + m1 + "x + " + b1 + " and y = " + m2 + "x + " + b2
                + " meet, so we set the right-hand sides equal.");
        double confidence = Extract.mentions(problem.lower(), "intersect", "meet", "cross") ? 0.95 : 0.75;
        if (m1.equals(m2)) {
            steps.step("Both lines have slope " + m1 + ", so they are parallel (or identical) and do not cross in one point.");
            return steps.answer("No Solution", confidence);
        }
        Rational x = b1.subtract(b2).divide(m2.subtract(m1));
        Rational y = m2.multiply(b1).subtract(m1.multiply(b2)).divide(m2.subtract(m1));
        String answer = "(" + x.toLatex() + ", " + y.toLatex() + ")";
        steps.step(m1 + "x + " + b1 + " = " + m2 + "x + " + b2 + " gives (" + m2 + " - " + m1 + ")x = " + b1 + " - " + b2
                        + ", so x = " + x + ".")
                .step("Substituting back, y = " + m1 + " · " + x + " + " + b1 + " = " + y + ".")
                .step("The lines intersect at (" + x + ", " + y + ").");
        return steps.answer(answer, confidence);
    }
}
