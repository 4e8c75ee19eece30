package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Volume of cuboid with sides = a m, b m, c m is": abc with unit m^3. */
public final class VolumeCuboidSolver extends RecognisingSolver {

    public VolumeCuboidSolver() {
        super("geometry", "volume_cuboid");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.volume(q) || !q.has("cuboid", "rectangular prism", "rectangular box") || Solids.surfaceArea(q)) {
            return Optional.empty();
        }
        Optional<long[]> sides = Extract.wholeNumbers(q.numbers());
        if (sides.isEmpty() || sides.get().length != 3) {
            return Optional.empty();
        }
        long a = sides.get()[0];
        long b = sides.get()[1];
        long c = sides.get()[2];
        long v = a * b * c;
        return Explanation.start("The volume of a cuboid is length × width × height, with edges " + a + " m, " + b
                        + " m and " + c + " m.")
                .step("V = " + a + " × " + b + " × " + c + " = " + v + " m³.")
                .answer(v + " m^3", confidence);
    }
}
