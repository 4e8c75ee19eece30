package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Surface area of cube with side = a m is": 6a², answered as {@code "294 m^2"}. */
public final class SurfaceAreaCubeSolver extends RecognisingSolver {

    public SurfaceAreaCubeSolver() {
        super("geometry", "surface_area_cube");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.surfaceArea(q) || !Solids.cube(q) || Solids.volume(q)) {
            return Optional.empty();
        }
        Optional<long[]> side = Extract.wholeNumbers(q.numbers());
        if (side.isEmpty() || side.get().length != 1) {
            return Optional.empty();
        }
        long a = side.get()[0];
        long area = 6 * a * a;
        String answer = area + " m^2";
        return Explanation.start("A cube has 6 identical square faces, each of side " + a + " m.")
                .step("Area of one face = " + a + "² = " + (a * a) + " m².")
                .step("Surface area = 6 × " + (a * a) + " = " + area + " m².")
                .answer(answer, confidence);
    }
}
