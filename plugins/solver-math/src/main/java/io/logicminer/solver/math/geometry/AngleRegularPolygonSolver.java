package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

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
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("regular") || !q.has("polygon") || !q.has("angle") || q.has("sum")) {
            return Optional.empty();
        }
        Optional<long[]> n = Extract.wholeNumbers(q.numbers());
        if (n.isEmpty() || n.get().length != 1 || n.get()[0] < 3) {
            return Optional.empty();
        }
        long sides = n.get()[0];
        double exterior = PythonFloat.round(360.0 / sides, 2);
        double interior = 180 - exterior;
        String answer = PythonFloat.repr(interior);
        return Explanation.start("A regular polygon with " + sides + " sides has equal angles; each exterior angle is "
                        + "360° divided by the number of sides, and each interior angle is 180° minus the exterior angle.")
                .step("Exterior angle = 360 / " + sides + " ≈ " + PythonFloat.repr(exterior) + "°.")
                .step("Interior angle = 180 - " + PythonFloat.repr(exterior) + " = " + answer + "°.")
                .answer(answer, confidence);
    }
}
