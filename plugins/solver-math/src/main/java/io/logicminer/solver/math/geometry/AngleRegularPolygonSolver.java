package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.misc.Explanation;
import io.logicminer.solver.math.misc.PythonNumbers;
import io.logicminer.solver.math.misc.QuestionText;
import io.logicminer.solver.math.misc.RecognisingSolver;

import java.util.List;
import java.util.Optional;

/**
 * "Find the angle of a regular polygon with n sides". Quirk kept: the exterior angle 360/n is rounded to
 * 2 decimals first and the answer is the float {@code 180 - exterior} ({@code 90.0}, {@code 154.29}).
 */
public final class AngleRegularPolygonSolver extends RecognisingSolver {

    public AngleRegularPolygonSolver() {
        super("geometry", "angle_regular_polygon");
    }

    @Override
    protected Optional<WorkedAnswer> solve(QuestionText q, double confidence) {
        if (!q.has("regular") || !q.has("polygon") || !q.has("angle") || q.has("sum")) {
            return Optional.empty();
        }
        Optional<long[]> n = QuestionText.integers(q.numbers());
        if (n.isEmpty() || n.get().length != 1 || n.get()[0] < 3) {
            return Optional.empty();
        }
        long sides = n.get()[0];
        double exterior = PythonNumbers.round(360.0 / sides, 2);
        double interior = 180 - exterior;
        String answer = PythonNumbers.repr(interior);
        return Explanation.start("A regular polygon with " + sides + " sides has equal angles; each exterior angle is "
                        + "360° divided by the number of sides, and each interior angle is 180° minus the exterior angle.")
                .step("Exterior angle = 360 / " + sides + " ≈ " + PythonNumbers.repr(exterior) + "°.")
                .step("Interior angle = 180 - " + PythonNumbers.repr(exterior) + " = " + answer + "°.")
                .answer(answer, confidence);
    }
}
