package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/**
 * "Given radius, r and angle, a. Find the arc length of the angle.": (a/360)·2πr with 5 decimals, answered as
 * {@code "Arc length of the angle = 89.70992"}.
 */
public final class ArcLengthSolver extends RecognisingSolver {

    public ArcLengthSolver() {
        super("geometry", "arc_length");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("arc") || !q.has("length")) {
            return Optional.empty();
        }
        Optional<long[]> ra = Solids.integers(q.named(Solids.RADIUS, "angle|degrees?|°"));
        if (ra.isEmpty()) {
            return Optional.empty();
        }
        long r = ra.get()[0];
        long angle = ra.get()[1];
        double length = (angle / 360.0) * 2 * Math.PI * r;
        String value = PythonFloat.fixed(length, 5);
        return Explanation.start("The arc length of a central angle θ (in degrees) on a circle of radius r is "
                        + "L = (θ/360) × 2πr; here r = " + r + " and θ = " + angle + "°.")
                .step("θ/360 = " + angle + "/360 ≈ " + PythonFloat.repr(angle / 360.0) + ".")
                .step("L = " + PythonFloat.repr(angle / 360.0) + " × 2π × " + r + " ≈ " + PythonFloat.repr(length)
                        + ".")
                .step("To five decimal places the arc length is " + value + ".")
                .answer("Arc length of the angle = " + value, confidence);
    }
}
