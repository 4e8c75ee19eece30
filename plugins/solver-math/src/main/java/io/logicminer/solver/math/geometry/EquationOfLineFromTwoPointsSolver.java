package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What is the equation of the line between points (x1,y1) and (x2,y2) in slope-intercept form?". Despite the
 * wording mathgenerator answers in the integer form {@code (x2-x1)y = (y2-y1)x + c} reduced by the gcd of the
 * two coefficients, e.g. {@code 19y = 11x + 271}, {@code y = -x + 4}, {@code 4y = x -51} (no space after a
 * minus). Quirks reproduced: the constant is divided by the gcd with floor/ceiling division even when it is not
 * a multiple, and a zero constant prints as {@code y = 2x 0}.
 */
public final class EquationOfLineFromTwoPointsSolver extends RecognisingSolver {

    private static final Pattern POINT = Pattern.compile("\\(\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*\\)");

    public EquationOfLineFromTwoPointsSolver() {
        super("geometry", "equation_of_line_from_two_points");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("line") || !q.has("slope-intercept", "slope intercept", "between")
                || q.has("passing through", "passes through", "circle", "distance", "midpoint")) {
            return Optional.empty();
        }
        Matcher m = Extract.scan(POINT, q.body());
        List<long[]> points = new ArrayList<>();
        while (m.find()) {
            points.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        }
        if (points.size() != 2 || q.numbers().size() != 4) {
            return Optional.empty();
        }
        long x1 = points.get(0)[0];
        long y1 = points.get(0)[1];
        long x2 = points.get(1)[0];
        long y2 = points.get(1)[1];
        long coeffY = x2 - x1;
        long coeffX = y2 - y1;
        long constant = y2 * coeffY - x2 * coeffX;
        long gcd = gcd(Math.abs(coeffX), Math.abs(coeffY));
        long dy = coeffX;
        long dx = coeffY;
        long c0 = constant;
        if (gcd != 1) {
            if (gcd == 0) {
                return Optional.empty();
            }
            coeffY = coeffY > 0 ? Math.floorDiv(coeffY, gcd) : coeffY < 0 ? -Math.floorDiv(-coeffY, gcd) : 0;
            coeffX = coeffX > 0 ? Math.floorDiv(coeffX, gcd) : coeffX < 0 ? -Math.floorDiv(-coeffX, gcd) : 0;
            constant = constant > 0 ? Math.floorDiv(constant, gcd)
                    : constant < 0 ? -Math.floorDiv(-constant, gcd) : 0;
        }
        if (coeffY < 0) {
            coeffY = -coeffY;
            coeffX = -coeffX;
            constant = -constant;
        }
        String cx = coeffX == 1 ? "" : coeffX == -1 ? "-" : Long.toString(coeffX);
        String cy = coeffY == 1 ? "" : coeffY == -1 ? "-" : Long.toString(coeffY);
        String answer;
        if (coeffX == 0) {
            answer = cy + "y = " + constant;
        } else if (coeffY == 0) {
            answer = cx + "x = " + (-constant);
        } else if (constant > 0) {
            answer = cy + "y = " + cx + "x + " + constant;
        } else {
            answer = cy + "y = " + cx + "x " + constant;
        }
        return Explanation.start("We want the line through (" + x1 + ", " + y1 + ") and (" + x2 + ", " + y2
                        + "), written with integer coefficients.")
                .step("Slope m = (y2 - y1)/(x2 - x1) = (" + y2 + " - " + y1 + ")/(" + x2 + " - " + x1 + ") = " + dy
                        + "/" + dx + ".")
                .step("Point-slope form through (" + x2 + ", " + y2 + "): y - " + y2 + " = (" + dy + "/" + dx
                        + ")(x - " + x2 + "). Multiplying by " + dx + " gives " + dx + "y = " + dy + "x + " + c0 + ".")
                .step(gcd > 1 ? "Dividing the coefficients by their common factor " + gcd + " gives " + answer + "."
                        : "The coefficients have no common factor, so the equation is " + answer + ".")
                .answer(answer, confidence);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
