package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Fourth angle of quadrilateral with angles a , b, c =": 360 minus their sum. */
public final class FourthAngleOfQuadrilateralSolver extends RecognisingSolver {

    public FourthAngleOfQuadrilateralSolver() {
        super("geometry", "fourth_angle_of_quadrilateral");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("quadrilateral", "quadrilatral", "quadrileteral") || !q.has("angle")) {
            return Optional.empty();
        }
        Optional<long[]> angles = Extract.wholeNumbers(q.numbers());
        if (angles.isEmpty() || angles.get().length != 3) {
            return Optional.empty();
        }
        long a = angles.get()[0];
        long b = angles.get()[1];
        long c = angles.get()[2];
        long fourth = 360 - (a + b + c);
        return Explanation.start("The interior angles of any quadrilateral add up to 360°. Three of them are "
                        + a + "°, " + b + "° and " + c + "°.")
                .step("Sum of the known angles: " + a + " + " + b + " + " + c + " = " + (a + b + c) + "°.")
                .step("Fourth angle = 360 - " + (a + b + c) + " = " + fourth + "°.")
                .answer(Long.toString(fourth), confidence);
    }
}
