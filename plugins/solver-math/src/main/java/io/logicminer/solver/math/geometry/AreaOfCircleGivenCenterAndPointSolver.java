package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/**
 * "Area of circle with center (x,y) and passing through (px, py) is": the radius is the distance between the
 * points (mathgenerator rounds the point to 2 decimals, so the whole-number radius is recovered), then πr²
 * rounded to 2 decimals.
 */
public final class AreaOfCircleGivenCenterAndPointSolver extends RecognisingSolver {

    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile(
            "\\(\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\)");

    public AreaOfCircleGivenCenterAndPointSolver() {
        super("geometry", "area_of_circle_given_center_and_point");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("circle") || !q.has("center", "centre", "centered", "centred")) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = Extract.scan(POINT, q.body());
        double[][] points = new double[2][];
        int found = 0;
        while (m.find()) {
            if (found == 2) {
                return Optional.empty();
            }
            points[found++] = new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
        }
        if (found != 2 || q.numbers().size() != 4) {
            return Optional.empty();
        }
        double dx = points[1][0] - points[0][0];
        double dy = points[1][1] - points[0][1];
        double distance = Math.sqrt(dx * dx + dy * dy);
        long r = Math.round(distance);
        if (Math.abs(distance - r) > 0.05) {
            return Optional.empty();
        }
        double area = Math.PI * r * r;
        String answer = PythonFloat.roundRepr(area, 2);
        String center = "(" + q.numbers().get(0) + ", " + q.numbers().get(1) + ")";
        return Explanation.start("The radius of the circle is the distance from the center " + center
                        + " to the point on the circle.")
                .step("r = sqrt(Δx² + Δy²) = sqrt(" + PythonFloat.repr(dx) + "² + " + PythonFloat.repr(dy)
                        + "²) ≈ " + PythonFloat.repr(distance) + ", i.e. r = " + r + " (the point's coordinates "
                        + "were rounded to two decimals).")
                .step("Area = πr² = π × " + (r * r) + " ≈ " + PythonFloat.repr(area) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
