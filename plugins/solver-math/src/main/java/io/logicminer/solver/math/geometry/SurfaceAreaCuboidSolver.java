package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Surface area of cuboid with sides of lengths: a m, b m, c m is": 2(ab + bc + ca). */
public final class SurfaceAreaCuboidSolver extends RecognisingSolver {

    public SurfaceAreaCuboidSolver() {
        super("geometry", "surface_area_cuboid");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.surfaceArea(q) || !q.has("cuboid", "rectangular prism", "rectangular box") || Solids.volume(q)) {
            return Optional.empty();
        }
        Optional<long[]> sides = Extract.wholeNumbers(q.numbers());
        if (sides.isEmpty() || sides.get().length != 3) {
            return Optional.empty();
        }
        long a = sides.get()[0];
        long b = sides.get()[1];
        long c = sides.get()[2];
        long area = 2 * (a * b + b * c + c * a);
        return Explanation.start("A cuboid with edges " + a + " m, " + b + " m and " + c
                        + " m has three pairs of opposite rectangular faces.")
                .step("Face areas: " + a + "×" + b + " = " + (a * b) + ", " + b + "×" + c + " = " + (b * c) + ", "
                        + c + "×" + a + " = " + (c * a) + ".")
                .step("Surface area = 2(ab + bc + ca) = 2 × (" + (a * b) + " + " + (b * c) + " + " + (c * a) + ") = "
                        + area + " m².")
                .answer(area + " m^2", confidence);
    }
}
