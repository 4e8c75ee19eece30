package io.logicminer.solver.math.geometry;

import io.logicminer.solver.math.engine.WorkedAnswer;
import io.logicminer.solver.math.misc.Explanation;
import io.logicminer.solver.math.misc.PythonNumbers;
import io.logicminer.solver.math.misc.QuestionText;
import io.logicminer.solver.math.misc.RecognisingSolver;

import java.util.List;
import java.util.Optional;

/** "Volume of sphere with radius r m =": (4π/3)r³ rounded to 2 decimals, with unit m^3. */
public final class VolumeSphereSolver extends RecognisingSolver {

    public VolumeSphereSolver() {
        super("geometry", "volume_sphere");
    }

    @Override
    protected Optional<WorkedAnswer> solve(QuestionText q, double confidence) {
        if (!Solids.volume(q) || !Solids.sphere(q) || Solids.surfaceArea(q)) {
            return Optional.empty();
        }
        Optional<long[]> r = QuestionText.integers(q.numbers());
        if (r.isEmpty() || r.get().length != 1) {
            return Optional.empty();
        }
        long radius = r.get()[0];
        long cube = radius * radius * radius;
        double v = (4 * Math.PI / 3) * cube;
        String answer = PythonNumbers.roundRepr(v, 2) + " m^3";
        return Explanation.start("The volume of a sphere is V = (4/3)πr³ with r = " + radius + " m.")
                .step("r³ = " + cube + ".")
                .step("V = (4/3) × π × " + cube + " ≈ " + PythonNumbers.repr(v) + ".")
                .step("Rounded to two decimals: " + answer + ".")
                .answer(answer, confidence);
    }
}
