package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "What is the sum of interior angles of a polygon with n sides?": (n - 2) × 180. */
public final class SumOfPolygonAnglesSolver extends RecognisingSolver {

    public SumOfPolygonAnglesSolver() {
        super("geometry", "sum_of_polygon_angles");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("sum", "total", "add up") || !q.has("angle") || !q.has("polygon", "sided", "sides", "gon")) {
            return Optional.empty();
        }
        Optional<long[]> n = Extract.wholeNumbers(q.numbers());
        if (n.isEmpty() || n.get().length != 1 || n.get()[0] < 3) {
            return Optional.empty();
        }
        long sides = n.get()[0];
        long sum = (sides - 2) * 180;
        return Explanation.start("A polygon with n sides can be split into n - 2 triangles from one vertex, and each "
                        + "triangle contributes 180°.")
                .step("Sum of interior angles = (n - 2) × 180 = (" + sides + " - 2) × 180 = " + (sides - 2) + " × 180.")
                .step("= " + sum + "°.")
                .answer(Long.toString(sum), confidence);
    }
}
