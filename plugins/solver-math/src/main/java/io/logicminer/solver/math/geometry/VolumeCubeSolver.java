package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.toolkit.Explanation;
import io.logicminer.solver.math.toolkit.Extract;
import io.logicminer.solver.math.toolkit.QuestionText;
import io.logicminer.solver.math.toolkit.RecognisingSolver;

import io.logicminer.python.PythonFloat;

import java.util.List;
import java.util.Optional;

/** "Volume of cube with a side length of a m is": a³ with unit m^3. */
public final class VolumeCubeSolver extends RecognisingSolver {

    public VolumeCubeSolver() {
        super("geometry", "volume_cube");
    }

    @Override
    protected Optional<WorkedAnswer> recognise(QuestionText q) {
        double confidence = q.confidence(subtopic());
        if (!Solids.volume(q) || !Solids.cube(q) || Solids.surfaceArea(q)) {
            return Optional.empty();
        }
        Optional<long[]> side = Extract.wholeNumbers(q.numbers());
        if (side.isEmpty() || side.get().length != 1) {
            return Optional.empty();
        }
        long a = side.get()[0];
        long v = a * a * a;
        return Explanation.start("The volume of a cube is its side cubed; the side is " + a + " m.")
                .step("V = " + a + "³ = " + a + " × " + a + " × " + a + " = " + v + " m³.")
                .answer(v + " m^3", confidence);
    }
}
