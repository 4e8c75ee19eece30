package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "What is the curved surface area of a cylinder of radius, r and height, h?": 2πrh rounded to 2 decimals. */
public final class CurvedSurfaceAreaCylinderSolver extends RecognisingSolver {

    public CurvedSurfaceAreaCylinderSolver() {
        super("geometry", "curved_surface_area_cylinder");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("curved", "lateral") || !q.has("cylind")) {
            return Optional.empty();
        }
        Optional<long[]> rh = Solids.integers(q.named(Solids.RADIUS, Solids.HEIGHT));
        if (rh.isEmpty()) {
            return Optional.empty();
        }
        long r = rh.get()[0];
        long h = rh.get()[1];
        double csa = 2 * Math.PI * r * h;
        String answer = PythonFloat.roundRepr(csa, 2);
        return Explanation.start("The curved (lateral) surface of a cylinder unrolls into a rectangle of width 2πr "
                        + "and height h, so CSA = 2πrh; here r = " + r + " and h = " + h + ".")
                .step("CSA = 2 × π × " + r + " × " + h + " = " + (2 * r * h) + "π ≈ " + PythonFloat.repr(csa) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
