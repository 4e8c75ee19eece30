package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "What is the area of a sector with radius r and angle a degrees?": (a/360)πr² rounded to 2 decimals. */
public final class SectorAreaSolver extends RecognisingSolver {

    public SectorAreaSolver() {
        super("geometry", "sector_area");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!q.has("sector")) {
            return Optional.empty();
        }
        Optional<long[]> ra = Solids.integers(q.named(Solids.RADIUS, "angle|degrees?|°"));
        if (ra.isEmpty()) {
            return Optional.empty();
        }
        long r = ra.get()[0];
        long a = ra.get()[1];
        double area = (a / 360.0) * Math.PI * r * r;
        String answer = PythonFloat.roundRepr(area, 2);
        return Explanation.start("A sector with central angle θ degrees is the fraction θ/360 of the whole circle, "
                        + "so its area is (θ/360) × πr²; here r = " + r + " and θ = " + a + "°.")
                .step("Whole circle: π × " + r + "² = π × " + (r * r) + " ≈ " + PythonFloat.repr(Math.PI * r * r)
                        + ".")
                .step("Sector: (" + a + "/360) × π × " + (r * r) + " ≈ " + PythonFloat.repr(area) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
