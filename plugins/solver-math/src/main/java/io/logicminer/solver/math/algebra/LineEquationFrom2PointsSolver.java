package io.logicminer.solver.math.algebra;

import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;
import io.logicminer.solver.math.exact.Rational;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Find the equation of the line passing through the points (x1,y1) and (x2,y2)." Reproduces mathgenerator's
 * formatting exactly: {@code y=\frac{m1}{m2}x+\frac{c1}{c2}}, a whole slope as {@code 3x}, an integer intercept as
 * {@code +5}. Quirk kept: a zero intercept prints as {@code +0} ({@code y=2x+0}).
 */
public final class LineEquationFrom2PointsSolver extends RecognisingSolver {

    public LineEquationFrom2PointsSolver() {
        super("algebra", "line_equation_from_2_points");
    }

    private static final Pattern POINT = Pattern.compile("\\(\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*\\)");



    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText question) {
        ProblemText problem = question.problem();
        String lower = problem.lower();
        if (!Extract.mentions(lower, "line")) {
            return Optional.empty();
        }
        List<long[]> points = new ArrayList<>();
        Matcher m = Extract.scan(POINT, problem.text());
        while (m.find()) {
            points.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        }
        if (points.size() != 2 || points.get(0)[0] == points.get(1)[0]) {
            return Optional.empty();
        }
        long x1 = points.get(0)[0];
        long y1 = points.get(0)[1];
        long x2 = points.get(1)[0];
        long y2 = points.get(1)[1];
        long dy = y2 - y1;
        long dx = x2 - x1;
        long g = gcd(dy, dx);
        long m1 = Math.floorDiv(dy, g);
        long m2 = Math.floorDiv(dx, g);
        long cNum = y1 * dx - dy * x1;
        long g2 = gcd(cNum, dx);
        long c1 = Math.floorDiv(cNum, g2);
        long c2 = Math.floorDiv(dx, g2);
        String c = c1 != 0 ? (c1 >= 0 ? "+" : "-") + "\\frac{" + Math.abs(c1) + "}{" + c2 + "}" : "";
        if (c2 < 0) {
            c2 = -c2;
            c1 = -c1;
            c = (c1 >= 0 ? "+" : "-") + "\\frac{" + Math.abs(c1) + "}{" + c2 + "}";
        }
        if (c2 == 1) {
            c = (c1 >= 0 ? "+" : "") + c1;
        }
        String answer;
        if (m1 == 0) {
            answer = "y=" + c;
        } else {
            if (m2 < 0) {
                m1 = -m1;
                m2 = -m2;
            }
            if (m2 == 1) {
                answer = m1 == 1 ? "y=x" + c : m1 == -1 ? "y=-x" + c : "y=" + m1 + "x" + c;
            } else {
                answer = "y=\\frac{" + m1 + "}{" + m2 + "}x" + c;
            }
        }
        Rational slope = Rational.of(dy, dx);
        Rational intercept = Rational.of(y1).subtract(slope.multiply(Rational.of(x1)));
        Explanation steps = Explanation.start("We want the line through (" + x1 + ", " + y1 + ") and (" + x2 + ", " + y2
                        + ") in slope-intercept form y = mx + c.")
                .step("Slope: m = (y2 - y1) / (x2 - x1) = (" + y2 + " - " + y1 + ") / (" + x2 + " - " + x1 + ") = "
                        + dy + "/" + dx + " = " + slope + ".")
                .step("Intercept: c = y1 - m·x1 = " + y1 + " - (" + slope + ")·" + x1 + " = " + intercept + ".")
                .step("So the equation of the line is " + answer + ".");
        boolean through = Extract.mentions(lower, "through", "passing", "passes");
        if (!through && Extract.mentions(lower, "slope-intercept", "slope intercept", "between")) {
            return Optional.empty(); // geometry's equation_of_line_from_two_points, answered in another shape
        }
        double confidence = through ? 0.9 : 0.7;
        return steps.answer(answer, confidence);
    }

    private static long gcd(long a, long b) {
        return BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact();
    }
}
