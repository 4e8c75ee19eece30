package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Surface area of a sphere with radius = r m is": 4πr² rounded to 2 decimals, with unit m^2. */
public final class SurfaceAreaSphereSolver extends RecognisingSolver {

    public SurfaceAreaSphereSolver() {
        super("geometry", "surface_area_sphere");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.surfaceArea(q) || !Solids.sphere(q) || Solids.volume(q)) {
            return Optional.empty();
        }
        Optional<long[]> r = Extract.wholeNumbers(q.numbers());
        if (r.isEmpty() || r.get().length != 1) {
            return Optional.empty();
        }
        long radius = r.get()[0];
        double area = 4 * Math.PI * radius * radius;
        String answer = PythonFloat.roundRepr(area, 2) + " m^2";
        return Explanation.start("The surface area of a sphere of radius r is 4πr²; here r = " + radius + " m.")
                .step("4π × " + radius + "² = 4π × " + (radius * radius) + " ≈ " + PythonFloat.repr(area) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
